package org.generativa.train;

/** Which players a training step updates. */
public enum StepKind {
    /** The discriminator (critic) only. */
    D_ONLY,
    /** The generator only. */
    G_ONLY,
    /** A full iteration: the configured discriminator steps, then one generator step. */
    BOTH
}
