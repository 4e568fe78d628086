package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;

/**
 * How decoder outputs become reconstructions, and the reconstruction loss ("recon"): on images the outputs are
 * sigmoid probabilities, scored by the Bernoulli NLL (cross-entropy) or, with the Gaussian likelihood, by the squared
 * error the decks write as MSE; points and the linear ae (identity outputs) use squared error; a VAE uses its chosen
 * likelihood with a fitted variance.
 */
final class Reconstruction {

    /** The Gaussian likelihood's variance never falls below this (a perfect batch would make it 0). */
    private static final float MIN_VARIANCE = 1e-6f;

    private enum Loss { BERNOULLI, SQUARED_ERROR, GAUSSIAN }

    private final boolean sigmoid;
    private final Loss loss;

    private Reconstruction(boolean sigmoid, Loss loss) {
        this.sigmoid = sigmoid;
        this.loss = loss;
    }

    static Reconstruction of(AeConfig config, boolean images) {
        boolean sigmoid = images && !config.linear();
        if (config.variant().variational()) {
            return new Reconstruction(sigmoid, config.likelihood() == Likelihood.BERNOULLI ? Loss.BERNOULLI : Loss.GAUSSIAN);
        }
        boolean crossEntropy = sigmoid && config.likelihood() == Likelihood.BERNOULLI;
        return new Reconstruction(sigmoid, crossEntropy ? Loss.BERNOULLI : Loss.SQUARED_ERROR);
    }

    /** The reconstruction itself: probabilities (the Gaussian's mean) for images, raw outputs otherwise. */
    NDArray mean(NDArray outputs) {
        return sigmoid ? Activation.sigmoid(outputs) : outputs;
    }

    /** Per example, mean over the batch: nats for the likelihoods, a sum of squares for squared error. */
    NDArray loss(NDArray x, NDArray outputs) {
        return switch (loss) {
            case BERNOULLI -> ReconstructionLoss.bernoulliNll(x, outputs);
            case SQUARED_ERROR -> ReconstructionLoss.squaredError(x, mean(outputs));
            case GAUSSIAN -> {
                NDArray mean = mean(outputs);
                NDArray variance = ReconstructionLoss.meanSquaredError(x, mean).stopGradient().maximum(MIN_VARIANCE);
                yield ReconstructionLoss.gaussianNll(x, mean, variance.log());
            }
        };
    }
}
