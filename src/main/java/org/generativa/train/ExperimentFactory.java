package org.generativa.train;

import ai.djl.ndarray.NDManager;

/** Builds a fresh experiment from a configuration; called on the engine thread. */
@FunctionalInterface
public interface ExperimentFactory<C> {
    Experiment<C> create(NDManager manager, C config);
}
