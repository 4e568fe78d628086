package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import org.generativa.nn.Scalars;

/**
 * Reconstruction losses on flat rows (one example per row). Those named as negative log-likelihoods
 * are in nats: summed over an example's values and averaged over the batch.
 */
public final class ReconstructionLoss {

    private static final float LOG_TWO_PI = (float) Math.log(2 * Math.PI);

    private ReconstructionLoss() {}

    /** Mean over every value of (x - y)^2. */
    public static NDArray meanSquaredError(NDArray x, NDArray y) {
        return x.sub(y).square().mean();
    }

    /** Sum over an example's values of (x - y)^2, mean over the batch. */
    public static NDArray squaredError(NDArray x, NDArray y) {
        return perExample(x.sub(y).square());
    }

    /**
     * Bernoulli negative log-likelihood of targets {@code x} in [0, 1] under probabilities sigmoid(l):
     * {@code -x log sigmoid(l) - (1 - x) log(1 - sigmoid(l)) = softplus(l) - x l}, finite for any logit.
     */
    public static NDArray bernoulliNll(NDArray x, NDArray logits) {
        return perExample(Activation.softPlus(logits).sub(x.mul(logits)));
    }

    /**
     * Gaussian negative log-likelihood {@code 1/2 [log 2 pi + log sigma^2 + (x - mean)^2 / sigma^2]} per value.
     *
     * @param logVariance log sigma^2, per value or one scalar for all
     */
    public static NDArray gaussianNll(NDArray x, NDArray mean, NDArray logVariance) {
        NDArray perValue = Scalars.times(x.sub(mean).square().mul(logVariance.neg().exp()).add(logVariance).add(LOG_TWO_PI), 0.5);
        return perExample(perValue.broadcast(x.getShape()));
    }

    /**
     * The correntropy loss {@code 1 - mean exp(-(x - y)^2 / (2 sigma^2))} over every value: about
     * {@code (x - y)^2 / (2 sigma^2)} for small errors, but it saturates at 1 for errors much larger than
     * sigma, so outliers pull far less than under squared error. This is the Gaussian-kernel correntropy
     * without the kernel's normalising constant, so it lies in [0, 1).
     */
    public static NDArray correntropyLoss(NDArray x, NDArray y, double sigma) {
        return Scalars.times(x.sub(y).square(), -1 / (2 * sigma * sigma)).exp().mean().neg().add(1);
    }

    /** Sum over each row, then mean over rows. */
    static NDArray perExample(NDArray values) {
        return values.reshape(values.getShape().get(0), -1).sum(new int[] {1}).mean();
    }
}
