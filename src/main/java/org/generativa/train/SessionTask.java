package org.generativa.train;

import java.util.function.DoubleConsumer;

/** A long job for the engine thread; it reports progress from 0 to 1 and may look at the current experiment. */
@FunctionalInterface
public interface SessionTask<C> {
    void run(Experiment<C> experiment, DoubleConsumer progress);
}
