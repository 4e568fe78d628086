package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.tracker.Tracker;

/**
 * RMSProp as PyTorch defines it (DJL's PyTorch engine has none):
 * {@code v = alpha v + (1 - alpha) g^2;  w = w - lr g / (sqrt(v) + eps)}, updated in place.
 */
public final class RmsPropUpdate extends RestorableOptimizer {

    public static final float DEFAULT_ALPHA = 0.99f;
    public static final float DEFAULT_EPSILON = 1e-8f;

    private final Tracker learningRate;
    private final float alpha;
    private final float epsilon;

    public RmsPropUpdate(Tracker learningRate, float alpha, float epsilon) {
        super(new Builder());
        this.learningRate = learningRate;
        this.alpha = alpha;
        this.epsilon = epsilon;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int t = updateCount(parameterId);
        float lr = learningRate.getNewValue(t);
        NDArray v = slot("mean-square", parameterId, weight);
        try (NDManager scratch = weight.getManager().newSubManager()) {
            NDArray g = grad.duplicate();
            g.attach(scratch);
            v.muli(alpha).addi(g.square().muli(1 - alpha));
            NDArray denominator = v.sqrt();
            denominator.attach(scratch);
            weight.subi(g.divi(denominator.addi(epsilon)).muli(lr));
        }
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
