package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;

/**
 * KL divergence of a diagonal Gaussian posterior N(mu, sigma^2) from the standard normal prior, in nats:
 * {@code 1/2 (mu^2 + sigma^2 - 1 - log sigma^2)} per dimension.
 */
public final class GaussianKl {

    private GaussianKl() {}

    /** Per example and dimension, same shape as {@code mu}. */
    public static NDArray perDimension(NDArray mu, NDArray logVariance) {
        return mu.square().add(logVariance.exp()).sub(1).sub(logVariance).mul(0.5f);
    }

    /** Summed over dimensions, mean over the batch. */
    public static NDArray total(NDArray mu, NDArray logVariance) {
        return ReconstructionLoss.perExample(perDimension(mu, logVariance));
    }

    /** The negative ELBO per example: reconstruction NLL plus KL, both in nats. */
    public static NDArray negativeElbo(NDArray reconstructionNll, NDArray kl) {
        return reconstructionNll.add(kl);
    }
}
