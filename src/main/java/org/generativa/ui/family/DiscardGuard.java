package org.generativa.ui.family;

/**
 * Asks before a change throws a trained run away (another model, other data, an opened run): the user may go on,
 * keep the run pinned to compare with the next one, or cancel.
 */
@FunctionalInterface
public interface DiscardGuard {

    enum Answer { DISCARD, PIN_AND_DISCARD, CANCEL }

    /** Goes on without asking (before the window installs its question, and in tests). */
    DiscardGuard ALLOW = steps -> Answer.DISCARD;

    /** @param steps the steps of training the change would throw away */
    Answer ask(long steps);
}
