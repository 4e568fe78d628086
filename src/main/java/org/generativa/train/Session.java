package org.generativa.train;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A model's training as the views drive it: commands that run on the model's engine thread between steps, and
 * the {@link LiveFeed} the views read back. {@link TrainingSession} is the real one; view models take this type,
 * so they can be tested with a stand-in that runs commands at once.
 *
 * @param <C> the model family's configuration type
 */
public interface Session<C> {

    /** Starts the engine thread: the engine loads, then the first model is built. */
    void start();

    LiveFeed feed();

    void play();

    void pause();

    /** One step of the given kind; ignored while playing. */
    void step(StepKind kind);

    /** Rebuilds the model from {@code config}; charts restart and training pauses. */
    void reset(C config);

    /**
     * Replaces the model with one that {@code factory} builds from {@code config} (a saved run's weights, say) and
     * continues its step count from {@code steps}; later resets use the session's own factory again.
     */
    void resetFrom(C config, ExperimentFactory<C> factory, long steps);

    /** Whether a reset was asked for and its new model is not built yet. */
    boolean resetPending();

    /** Applies the settings that may change mid-run. */
    void applyLive(C config);

    /** Caps training at {@code stepsPerSecond}; 0 trains as fast as it can. */
    void setPace(double stepsPerSecond);

    /** Training pauses by itself at this step; 0 removes the limit. */
    void setTargetSteps(long steps);

    /** Training pauses by itself once the current model has played this many milliseconds; 0 removes the limit. */
    void setTimeLimit(long millis);

    /** Runs a long job between steps; the status shows {@code name} and its progress meanwhile. */
    void runTask(String name, SessionTask<C> job);

    /** Runs {@code action} on the engine thread with the current experiment (when one exists). */
    void withExperiment(Consumer<Experiment<C>> action);

    /** Called on the engine thread after every (re)build. */
    void onRebuild(Consumer<Experiment<C>> hook);

    /** Called on the engine thread just before an experiment is closed. */
    void onClosing(Consumer<Experiment<C>> hook);

    boolean isStopped();

    /** Stops training and frees the model; true when the engine thread finished within the timeout. */
    boolean stop(long timeout, TimeUnit unit) throws InterruptedException;
}
