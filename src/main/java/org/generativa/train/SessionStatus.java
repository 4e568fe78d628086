package org.generativa.train;

import org.generativa.common.Sentence;

/**
 * A snapshot of the session for the status bar.
 *
 * @param targetSteps the step at which training pauses by itself, or 0 for no limit
 * @param message a problem to show the user, or null
 * @param task a long job the engine thread is busy with (training the reference classifier, say), or null
 * @param taskProgress that job's progress from 0 to 1
 */
public record SessionStatus(EngineState state, long step, double stepsPerSecond, long targetSteps, Sentence message,
        String task, double taskProgress) {

    public SessionStatus(EngineState state, long step, double stepsPerSecond, long targetSteps, Sentence message) {
        this(state, step, stepsPerSecond, targetSteps, message, null, 0);
    }

    /** Fraction done: of a running task, else of the target; -1 (indeterminate) while loading, 0 without a target. */
    public double progress() {
        if (task != null) {
            return taskProgress;
        }
        if (state == EngineState.LOADING) {
            return -1;
        }
        return targetSteps > 0 ? Math.min(1.0, (double) step / targetSteps) : 0;
    }
}
