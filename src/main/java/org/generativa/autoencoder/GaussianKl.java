package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import org.generativa.nn.Scalars;

/**
 * KL divergence of a diagonal Gaussian posterior N(mu, sigma^2) from the standard normal prior, in nats:
 * {@code 1/2 (mu^2 + sigma^2 - 1 - log sigma^2)} per dimension.
 */
public final class GaussianKl {

    private GaussianKl() {}

    /** Per example and dimension, same shape as {@code mu}. */
    public static NDArray perDimension(NDArray mu, NDArray logVariance) {
        return Scalars.times(mu.square().add(logVariance.exp()).sub(1).sub(logVariance), 0.5);
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
