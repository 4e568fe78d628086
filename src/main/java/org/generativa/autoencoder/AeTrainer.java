package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.generativa.train.StepKind;

/** One training step of one kind of autoencoder on a batch of flat rows. */
interface AeTrainer {

    /** @param step steps taken before this one (decides the stacked-ae's phase) */
    StepValues step(NDManager m, NDArray x, StepKind kind, long step);

    /** Takes settings that may change between steps. */
    void applyLive(AeConfig config);
}
