package org.generativa.train;

import java.util.List;

/**
 * One setting of a configuration {@code C}, numeric ({@link Hyperparameter}) or chosen from a few values
 * ({@link Choice}): its key, which is also its command-line option, and when a change takes effect. A
 * family's list of settings is the one place that says which of them apply while training runs.
 */
public interface Setting<C> {

    /** When a change takes effect: at once on the running model, or when a fresh model is built (Reset). */
    enum Applies { LIVE, ON_RESET }

    String key();

    Applies applies();

    /** {@code into} with this setting's value taken from {@code from}. */
    C copy(C from, C into);

    /** {@code built} with the value of every setting in {@code settings} that applies live taken from {@code live}. */
    static <C> C copyLive(List<? extends Setting<C>> settings, C built, C live) {
        C result = built;
        for (Setting<C> setting : settings) {
            if (setting.applies() == Applies.LIVE) {
                result = setting.copy(live, result);
            }
        }
        return result;
    }
}
