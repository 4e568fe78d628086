package org.generativa.train;

/**
 * A snapshot of the session for the status bar.
 *
 * @param targetSteps the step at which training pauses by itself, or 0 for no limit
 * @param message a problem to show the user, or null
 */
public record SessionStatus(EngineState state, long step, double stepsPerSecond, long targetSteps, String message) {

    /** Fraction of the target reached, or -1 (indeterminate) while loading, or 0 without a target. */
    public double progress() {
        if (state == EngineState.LOADING) {
            return -1;
        }
        return targetSteps > 0 ? Math.min(1.0, (double) step / targetSteps) : 0;
    }
}
