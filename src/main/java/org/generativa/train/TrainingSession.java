package org.generativa.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.generativa.common.Sentence;
import org.generativa.nn.Backend;
import org.generativa.preview.Preview;
import org.generativa.preview.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the single ML thread. Every DJL call (engine loading, training steps, previews) happens on
 * it; other threads send commands, which run between steps, and read snapshots from {@link #feed()}.
 */
public final class TrainingSession<C> implements Session<C>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingSession.class);
    /**
     * Held around every engine call of every session: PyTorch allows one gradient collector at a time
     * in the process, so two sessions (two tabs) must take turns.
     */
    private static final Object ENGINE = new Object();
    private static final long DEFAULT_PREVIEW_INTERVAL_NANOS = 100_000_000L;
    private static final long STATUS_INTERVAL_NANOS = 100_000_000L;
    private static final long RATE_WINDOW_NANOS = 1_000_000_000L;
    private static final long REPORT_INTERVAL_NANOS = 2_000_000_000L;

    private final ExperimentFactory<C> factory;
    private final LiveFeed feed = new LiveFeed();
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);

    private volatile boolean stopped;
    private final AtomicInteger resetsPending = new AtomicInteger();
    private volatile long previewIntervalNanos = DEFAULT_PREVIEW_INTERVAL_NANOS;
    private volatile double pace;
    private long nextStepDue;
    private C config;
    private NDManager root;
    private Experiment<C> experiment;
    private EngineState state = EngineState.LOADING;
    private boolean running;
    private long targetSteps;
    /** Training pauses by itself once it has trained this long since the model was built; 0: no limit. */
    private long timeLimitNanos;
    /** Wall-clock time the current model has spent playing (previews included), as a class's clock counts it. */
    private long trainedNanos;
    private Sentence message;
    private NonFiniteGuard guard = new NonFiniteGuard(List.of(), List::of);
    private final GoodStates goodStates = new GoodStates();
    private String task;
    private double taskProgress;
    private long lastReport;
    private final List<Consumer<Experiment<C>>> rebuildHooks = new CopyOnWriteArrayList<>();
    private final List<Consumer<Experiment<C>>> closingHooks = new CopyOnWriteArrayList<>();
    private long lastPreview;
    private long lastStatus;
    private long rateWindowStart;
    private long rateWindowSteps;
    private double stepsPerSecond;

    public TrainingSession(ExperimentFactory<C> factory, C initialConfig, int threads) {
        this.factory = factory;
        this.config = initialConfig;
        this.thread = new Thread(() -> run(threads), "generativa-ml");
        thread.setDaemon(true);
        publishStatus(true);
    }

    @Override
    public void start() {
        thread.start();
    }

    @Override
    public LiveFeed feed() {
        return feed;
    }

    @Override
    public void play() {
        send(() -> {
            if (experiment != null) {
                running = true;
                message = null;
                if (targetSteps > 0 && experiment.steps() >= targetSteps) {
                    targetSteps = 0;
                }
                if (timeLimitNanos > 0 && trainedNanos >= timeLimitNanos) {
                    timeLimitNanos = 0;
                }
            }
        });
    }

    @Override
    public void pause() {
        send(() -> running = false);
    }

    /** One step of the given kind; ignored while playing. */
    @Override
    public void step(StepKind kind) {
        send(() -> {
            if (experiment != null && !running) {
                trainOneStep(kind);
                publishPreview();
                publishReport();
            }
        });
    }

    /** Rebuilds the experiment from {@code newConfig}; charts restart and training pauses. */
    @Override
    public void reset(C newConfig) {
        resetFrom(newConfig, factory, 0);
    }

    /**
     * Replaces the model with one that {@code factory} builds from {@code newConfig} (a saved run's weights, say)
     * and continues its step count from {@code steps}; later resets use the session's own factory again.
     */
    @Override
    public void resetFrom(C newConfig, ExperimentFactory<C> factory, long steps) {
        resetsPending.incrementAndGet();
        send(() -> {
            running = false;
            C previous = config;
            config = newConfig;
            try {
                rebuild(factory, steps);
            } catch (RuntimeException e) {
                config = previous;
                throw e;
            } finally {
                resetsPending.decrementAndGet();
            }
        });
    }

    /** Whether a {@link #reset} was asked for and its new model is not built yet. */
    @Override
    public boolean resetPending() {
        return resetsPending.get() > 0;
    }

    /** Applies the settings that may change mid-run. */
    @Override
    public void applyLive(C newConfig) {
        send(() -> {
            config = newConfig;
            if (experiment != null) {
                experiment.applyLive(newConfig);
            }
        });
    }

    /** How often previews are published while training (10 per second unless changed). */
    public void setPreviewInterval(long millis) {
        previewIntervalNanos = millis * 1_000_000L;
    }

    /** Caps training at {@code stepsPerSecond}; 0 trains as fast as it can. */
    @Override
    public void setPace(double stepsPerSecond) {
        pace = stepsPerSecond;
    }

    /** Training pauses by itself at this step; 0 removes the limit. */
    @Override
    public void setTargetSteps(long steps) {
        send(() -> targetSteps = steps);
    }

    @Override
    public void setTimeLimit(long millis) {
        send(() -> timeLimitNanos = TimeUnit.MILLISECONDS.toNanos(millis));
    }

    /**
     * Runs a long job on the engine thread between steps; the status shows {@code name} and its
     * progress meanwhile. Training waits for it.
     */
    @Override
    public void runTask(String name, SessionTask<C> job) {
        send(() -> {
            if (experiment == null) {
                return;
            }
            task = name;
            taskProgress = 0;
            publishStatus(true);
            try {
                job.run(experiment, p -> {
                    taskProgress = p;
                    publishStatus(false);
                });
            } finally {
                task = null;
                publishStatus(true);
            }
            publishReport();
        });
    }

    /** Called on the engine thread after every (re)build, e.g. to reattach a helper the new experiment needs. */
    @Override
    public void onRebuild(Consumer<Experiment<C>> hook) {
        rebuildHooks.add(hook);
        send(() -> {
            if (experiment != null) {
                hook.accept(experiment);
            }
        });
    }

    /**
     * Called on the engine thread just before an experiment is closed (a rebuild replaced it, or the session
     * stopped), e.g. to stop another thread from using it.
     */
    @Override
    public void onClosing(Consumer<Experiment<C>> hook) {
        closingHooks.add(hook);
    }

    /** Whether {@link #stop} was called. */
    @Override
    public boolean isStopped() {
        return stopped;
    }

    /** Runs {@code action} on the ML thread with the current experiment (when one exists). */
    @Override
    public void withExperiment(Consumer<Experiment<C>> action) {
        send(() -> {
            if (experiment != null) {
                action.accept(experiment);
            }
        });
    }

    private void send(Runnable command) {
        commands.add(command);
    }

    private void run(int threads) {
        try {
            Engine engine = Backend.load(threads);
            root = engine.newBaseManager();
        } catch (Throwable t) {
            LOG.error("The engine could not start", t);
            state = EngineState.FAILED;
            message = Sentence.of("session.engineFailed", Sentence.of(t));
            finish();
            return;
        }
        try {
            runGuarded(() -> rebuild(factory, 0));
            long tick = System.nanoTime();
            while (!stopped) {
                long tock = System.nanoTime();
                if (running) {
                    trainedNanos += tock - tick;
                }
                tick = tock;
                Runnable command = running ? commands.poll(untilNextStep(), TimeUnit.NANOSECONDS)
                        : commands.poll(50, TimeUnit.MILLISECONDS);
                if (command != null) {
                    runGuarded(command);
                    continue;
                }
                if (running && untilNextStep() <= 0) {
                    trainGuarded();
                    double stepsPerSecond = pace;
                    nextStepDue = stepsPerSecond > 0 ? System.nanoTime() + (long) (1e9 / stepsPerSecond) : 0;
                }
                long now = System.nanoTime();
                if (running && now - lastPreview >= previewIntervalNanos) {
                    synchronized (ENGINE) {
                        publishPreview();
                    }
                }
                if (running && now - lastReport >= REPORT_INTERVAL_NANOS) {
                    synchronized (ENGINE) {
                        publishReport();
                    }
                }
                publishStatus(false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeExperiment();
            root.close();
            state = EngineState.STOPPED;
            finish();
        }
    }

    private long untilNextStep() {
        return nextStepDue == 0 ? 0 : Math.max(0, nextStepDue - System.nanoTime());
    }

    private void finish() {
        publishStatus(true);
        finished.countDown();
    }

    private void runGuarded(Runnable command) {
        try {
            synchronized (ENGINE) {
                command.run();
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(experiment == null ? Sentence.of("session.noModel", Sentence.of(e)) : Sentence.of(e), e);
        }
        publishStatus(true);
    }

    private void trainGuarded() {
        try {
            synchronized (ENGINE) {
                trainOneStep(StepKind.BOTH);
                boolean timeUp = timeLimitNanos > 0 && trainedNanos >= timeLimitNanos;
                if (timeUp || targetSteps > 0 && experiment.steps() >= targetSteps) {
                    running = false;
                    publishPreview();
                    publishStatus(true);
                }
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(Sentence.of("session.stopped", String.valueOf(experiment.steps()), Sentence.of(e)), e);
        }
    }

    private void fail(Sentence text, Throwable e) {
        LOG.error(text.in(Locale.ROOT), e);
        running = false;
        message = text;
    }

    private void trainOneStep(StepKind kind) {
        MetricPoint point = experiment.step(kind);
        feed.publish(new FeedItem.Point(point));
        rateWindowSteps++;
        // Only a full step measures every loss, so only there is NaN more than "not measured".
        if (kind == StepKind.BOTH) {
            Optional<NonFiniteGuard.Divergence> diverged = guard.check(point);
            if (diverged.isEmpty() && goodStates.afterSoundStep(experiment)) {
                return;
            }
            if (diverged.isEmpty()) {
                diverged = Optional.of(guard.weightsDiverged(point.step()));
            }
            running = false;
            OptionalLong restored = goodStates.restoreNewest();
            message = restored.isPresent() ? diverged.get().restoredTo(restored.getAsLong()) : diverged.get().refusal();
            LOG.warn(message.in(Locale.ROOT));
            if (restored.isPresent()) {
                publishPreview();
                publishReport();
            }
        }
    }

    /** Builds the new experiment before closing the old one, so a failure keeps the old run. */
    private void rebuild(ExperimentFactory<C> with, long steps) {
        Experiment<C> fresh = with.create(root, config);
        if (steps > 0) {
            fresh.resumeAt(steps);
        }
        closeExperiment();
        experiment = fresh;
        guard = new NonFiniteGuard(fresh.metricNames(), fresh::learningRates);
        trainedNanos = 0;
        goodStates.startWith(fresh);
        message = null;
        rateWindowSteps = 0;
        rateWindowStart = System.nanoTime();
        stepsPerSecond = 0;
        feed.publish(new FeedItem.Restart(experiment.metricNames(), steps));
        rebuildHooks.forEach(hook -> hook.accept(fresh));
        publishPreview();
        publishReport();
    }

    private void closeExperiment() {
        goodStates.close();
        if (experiment != null) {
            Experiment<C> closing = experiment;
            closingHooks.forEach(hook -> hook.accept(closing));
            experiment.close();
            experiment = null;
        }
    }

    private void publishPreview() {
        feed.publishPreview(experiment.preview());
        Preview side = experiment.sidePreview();
        if (side != null) {
            feed.publishSidePreview(side);
        }
        lastPreview = System.nanoTime();
    }

    private void publishReport() {
        Report report = experiment.report();
        if (report != null) {
            feed.publishReport(report);
        }
        lastReport = System.nanoTime();
    }

    private void publishStatus(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastStatus < STATUS_INTERVAL_NANOS) {
            return;
        }
        // A window closes at its first step after a second, so a model slower than a step a second still has a rate.
        if (now - rateWindowStart >= RATE_WINDOW_NANOS && rateWindowSteps > 0) {
            stepsPerSecond = rateWindowSteps * 1e9 / (now - rateWindowStart);
            rateWindowStart = now;
            rateWindowSteps = 0;
        }
        if (!running) {
            stepsPerSecond = 0;
            rateWindowStart = now;
            rateWindowSteps = 0;
        }
        if (root != null && state != EngineState.STOPPED) {
            if (experiment == null) {
                state = EngineState.FAILED;
            } else {
                state = running ? EngineState.TRAINING
                        : (experiment.steps() == 0 ? EngineState.READY : EngineState.PAUSED);
            }
        }
        long step = experiment == null ? 0 : experiment.steps();
        feed.publishStatus(new SessionStatus(state, step, stepsPerSecond, targetSteps, message, task, taskProgress));
        lastStatus = now;
    }

    /** Stops training and releases the engine's memory; returns once the thread is done or after the timeout. */
    @Override
    public boolean stop(long timeout, TimeUnit unit) throws InterruptedException {
        stopped = true;
        commands.add(() -> { });
        return finished.await(timeout, unit);
    }

    @Override
    public void close() {
        try {
            stop(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
