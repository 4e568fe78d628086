package org.generativa.train;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;

/**
 * The last few states of a model whose steps and weights were all numbers, copied in memory every {@value #EVERY}
 * steps, so a run that diverges goes back to where it was still sound instead of keeping weights full of NaN.
 */
final class GoodStates implements AutoCloseable {

    static final int EVERY = 200;
    private static final int KEPT = 2;

    private record Kept(long step, StateCopy copy) {}

    private final Deque<Kept> kept = new ArrayDeque<>();

    /** Forgets the states of the previous model and keeps the new one's first state. */
    void startWith(Experiment<?> experiment) {
        close();
        keep(experiment);
    }

    /**
     * After a full step whose terms were all numbers: when the last copy is {@value #EVERY} steps old, checks the weights
     * and keeps a copy. False when the weights are no longer all numbers: the run has diverged all the same.
     */
    boolean afterSoundStep(Experiment<?> experiment) {
        if (kept.isEmpty() || experiment.steps() - kept.peekLast().step() >= EVERY) {
            if (!experiment.weightsFinite()) {
                return false;
            }
            keep(experiment);
        }
        return true;
    }

    /** Puts back the newest copy and says the step it was taken at; empty when the model keeps no copies. */
    OptionalLong restoreNewest() {
        Kept newest = kept.peekLast();
        if (newest == null) {
            return OptionalLong.empty();
        }
        newest.copy().restore();
        return OptionalLong.of(newest.step());
    }

    private void keep(Experiment<?> experiment) {
        StateCopy copy = experiment.copyState();
        if (copy == null) {
            return;
        }
        kept.addLast(new Kept(experiment.steps(), copy));
        while (kept.size() > KEPT) {
            kept.removeFirst().copy().close();
        }
    }

    @Override
    public void close() {
        kept.forEach(k -> k.copy().close());
        kept.clear();
    }
}
