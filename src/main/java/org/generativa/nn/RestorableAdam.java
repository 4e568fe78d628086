package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.tracker.Tracker;

/**
 * Adam computed by the same native update as DJL's {@code Adam} (so the numbers are the same), with
 * its moments and step counts held where {@link RestorableOptimizer} can save and restore them.
 */
public final class RestorableAdam extends RestorableOptimizer {

    public static final float DEFAULT_EPSILON = 1e-8f;

    private final Tracker learningRate;
    private final float beta1;
    private final float beta2;
    private final float epsilon;

    public RestorableAdam(Tracker learningRate, float beta1, float beta2) {
        this(learningRate, beta1, beta2, DEFAULT_EPSILON);
    }

    public RestorableAdam(Tracker learningRate, float beta1, float beta2, float epsilon) {
        super(new Builder());
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int t = updateCount(parameterId);
        double coef1 = 1.0 - Math.pow(beta1, t);
        double coef2 = 1.0 - Math.pow(beta2, t);
        float lr = learningRate.getNewValue(t);
        float biasCorrected = (float) (lr * Math.sqrt(coef2) / coef1);
        if (!Float.isFinite(biasCorrected)) {
            throw new IllegalArgumentException("Adam's learning rate is not finite: " + lr);
        }
        NDList inputs = new NDList(weight, grad, slot("mean", parameterId, weight), slot("variance", parameterId, weight));
        weight.getNDArrayInternal().adamUpdate(inputs, new NDList(weight), lr, biasCorrected, getWeightDecay(),
                rescaleGrad, clipGrad, beta1, beta2, epsilon, true, false);
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
