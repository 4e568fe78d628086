package org.generativa.train;

/** A model's weights and optimizer states as they were at one step, to return to after training diverged. */
public interface StateCopy extends AutoCloseable {

    /** Puts the model back as it was when copied. Runs on the engine thread. */
    void restore();

    @Override
    void close();

    /** A copy that {@code restore} puts back and {@code release} frees. */
    static StateCopy of(Runnable restore, Runnable release) {
        return new StateCopy() {
            @Override
            public void restore() {
                restore.run();
            }

            @Override
            public void close() {
                release.run();
            }
        };
    }
}
