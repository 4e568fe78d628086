package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.tracker.Tracker;

/** Plain stochastic gradient descent without momentum, {@code w = w - lr g}, updated in place; it keeps no state. */
public final class SgdUpdate extends RestorableOptimizer {

    private final Tracker learningRate;

    public SgdUpdate(Tracker learningRate) {
        super(new Builder());
        this.learningRate = learningRate;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        float lr = learningRate.getNewValue(updateCount(parameterId));
        try (NDManager scratch = weight.getManager().newSubManager()) {
            NDArray step = grad.mul(lr);
            step.attach(scratch);
            weight.subi(step);
        }
    }

    private static final class Builder extends OptimizerBuilder<Builder> {
        @Override
        protected Builder self() {
            return this;
        }
    }
}
