package org.generativa.train;

import org.generativa.preview.Report;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A stand-in for {@link TrainingSession} in view-model tests: every command runs at once on the caller's thread
 * and is written into {@link #commands}; the test publishes what the engine would. Given a manager and a factory
 * it builds real experiments (on the caller's thread), so work sent to the model runs for real.
 */
public final class FakeSession<C> implements Session<C> {

    private final LiveFeed feed = new LiveFeed();
    private final List<String> commands = new ArrayList<>();
    private final List<C> configs = new ArrayList<>();
    private final List<Consumer<Experiment<C>>> rebuildHooks = new ArrayList<>();
    private final List<Consumer<Experiment<C>>> closingHooks = new ArrayList<>();
    private final NDManager manager;
    private final ExperimentFactory<C> factory;
    private Experiment<C> experiment;
    private boolean stopped;

    /** Records commands only; there is no model. */
    public FakeSession() {
        this(null, null);
    }

    /** Builds the experiments that resets ask for with {@code factory} on {@code manager}. */
    public FakeSession(NDManager manager, ExperimentFactory<C> factory) {
        this.manager = manager;
        this.factory = factory;
        feed.publishStatus(new SessionStatus(EngineState.LOADING, 0, 0, 0, null, null, 0));
    }

    /** The commands received, oldest first: "play", "pause", "step BOTH", "reset", "applyLive", ... */
    public List<String> commands() {
        return commands;
    }

    /** The configurations that {@code reset}, {@code resetFrom} and {@code applyLive} were given, in order. */
    public List<C> configs() {
        return configs;
    }

    public String lastCommand() {
        return commands.isEmpty() ? null : commands.get(commands.size() - 1);
    }

    public C lastConfig() {
        return configs.get(configs.size() - 1);
    }

    public void clearCommands() {
        commands.clear();
        configs.clear();
    }

    /** Builds {@code config}'s experiment as the engine thread would: restart marker, hooks, first preview. */
    public void build(C config) {
        Experiment<C> fresh = factory.create(manager, config);
        if (experiment != null) {
            Experiment<C> closing = experiment;
            closingHooks.forEach(hook -> hook.accept(closing));
            closing.close();
        }
        experiment = fresh;
        feed.publish(new FeedItem.Restart(fresh.metricNames(), 0));
        rebuildHooks.forEach(hook -> hook.accept(fresh));
        feed.publishPreview(fresh.preview());
    }

    /** What the engine would publish. */
    public void publish(FeedItem item) {
        feed.publish(item);
    }

    public void publishStatus(SessionStatus status) {
        feed.publishStatus(status);
    }

    public void publishReport(Report report) {
        feed.publishReport(report);
    }

    @Override
    public void start() {
        commands.add("start");
    }

    @Override
    public LiveFeed feed() {
        return feed;
    }

    @Override
    public void play() {
        commands.add("play");
    }

    @Override
    public void pause() {
        commands.add("pause");
    }

    @Override
    public void step(StepKind kind) {
        commands.add("step " + kind);
    }

    @Override
    public void reset(C config) {
        commands.add("reset");
        configs.add(config);
        if (factory != null) {
            build(config);
        }
    }

    @Override
    public void resetFrom(C config, ExperimentFactory<C> from, long steps) {
        commands.add("resetFrom " + steps);
        configs.add(config);
    }

    @Override
    public boolean resetPending() {
        return false;
    }

    @Override
    public void applyLive(C config) {
        commands.add("applyLive");
        configs.add(config);
        if (experiment != null) {
            experiment.applyLive(config);
        }
    }

    @Override
    public void setPace(double stepsPerSecond) {
        commands.add("pace " + stepsPerSecond);
    }

    @Override
    public void setTargetSteps(long steps) {
        commands.add("target " + steps);
    }

    @Override
    public void setTimeLimit(long millis) {
        commands.add("time limit " + millis);
    }

    @Override
    public void runTask(String name, SessionTask<C> job) {
        commands.add("task " + name);
        if (experiment != null) {
            job.run(experiment, progress -> { });
        }
    }

    @Override
    public void withExperiment(Consumer<Experiment<C>> action) {
        if (experiment != null) {
            action.accept(experiment);
        }
    }

    @Override
    public void onRebuild(Consumer<Experiment<C>> hook) {
        rebuildHooks.add(hook);
        if (experiment != null) {
            hook.accept(experiment);
        }
    }

    @Override
    public void onClosing(Consumer<Experiment<C>> hook) {
        closingHooks.add(hook);
    }

    @Override
    public boolean isStopped() {
        return stopped;
    }

    @Override
    public boolean stop(long timeout, TimeUnit unit) {
        stopped = true;
        if (experiment != null) {
            Experiment<C> closing = experiment;
            closingHooks.forEach(hook -> hook.accept(closing));
            closing.close();
            experiment = null;
        }
        return true;
    }
}
