package org.generativa.train;

/** A model's weights and optimizer states as they were at one step, to return to after training diverged. */
public interface StateCopy extends AutoCloseable {

    /** Puts the model back as it was when copied. Runs on the engine thread. */
    void restore();

    @Override
    void close();
}
