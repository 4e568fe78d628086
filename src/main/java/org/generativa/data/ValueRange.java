package org.generativa.data;

/** The range image intensities are delivered in to a model. */
public enum ValueRange {
    /** [0, 1], as stored: for losses that need probabilities (Bernoulli decoders, BCE). */
    UNIT,
    /** [-1, 1]: for generators that end in tanh (GANs). */
    SYMMETRIC
}
