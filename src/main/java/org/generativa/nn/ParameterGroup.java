package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * The trainable parameters of one network and the optimizer that updates them.
 *
 * <p>Each player of a two-player game owns one group, so an update touches only that player's
 * weights. Freezing toggles only parameters that were trainable to begin with: turning gradients on
 * for batch-norm running statistics would break batch norm.
 */
public final class ParameterGroup {

    /** Copies of every parameter of the network (batch-norm statistics included) and of the optimizer's state. */
    public record Snapshot(List<NDArray> values, RestorableOptimizer.State optimizerState) {}

    private final List<Parameter> all = new ArrayList<>();
    private final List<Parameter> trainable = new ArrayList<>();
    private final Optimizer optimizer;

    public ParameterGroup(Block block, Optimizer optimizer) {
        this.optimizer = optimizer;
        for (Pair<String, Parameter> pair : block.getParameters()) {
            all.add(pair.getValue());
            if (pair.getValue().requiresGradient()) {
                trainable.add(pair.getValue());
            }
        }
    }

    public List<Parameter> parameters() {
        return trainable;
    }

    public void freeze() {
        trainable.forEach(p -> p.getArray().setRequiresGradient(false));
    }

    public void unfreeze() {
        trainable.forEach(p -> p.getArray().setRequiresGradient(true));
    }

    /** Applies one optimizer update from the accumulated gradients, then clears them. */
    public void update() {
        for (Parameter parameter : trainable) {
            NDArray weight = parameter.getArray();
            try (NDArray gradient = weight.getGradient()) {
                optimizer.update(parameter.getId(), weight, gradient);
            }
            JniUtils.zeroGrad((PtNDArray) weight);
        }
    }

    /** Clears gradients without updating (after a pass whose gradients must not be used). */
    public void zeroGradients() {
        trainable.forEach(p -> JniUtils.zeroGrad((PtNDArray) p.getArray()));
    }

    /** Euclidean norm of all accumulated gradients together (one transfer to the host). */
    public double gradientNorm() {
        if (trainable.isEmpty()) {
            return 0;
        }
        double sum = 0;
        try (NDManager scratch = trainable.get(0).getArray().getManager().newSubManager()) {
            NDList squares = new NDList(trainable.size());
            for (Parameter parameter : trainable) {
                NDArray gradient = parameter.getArray().getGradient();
                gradient.attach(scratch);
                squares.add(gradient.square().sum());
            }
            for (float s : NDArrays.stack(squares).toFloatArray()) {
                sum += s;
            }
        }
        return Math.sqrt(sum);
    }

    /** Copies the network and its optimizer state into {@code manager}; needs a {@link RestorableOptimizer}. */
    public Snapshot snapshot(NDManager manager) {
        if (!(optimizer instanceof RestorableOptimizer restorable)) {
            throw new IllegalStateException(optimizer.getClass().getSimpleName() + " cannot save its state");
        }
        List<NDArray> values = new ArrayList<>();
        for (Parameter parameter : all) {
            NDArray copy = parameter.getArray().duplicate();
            copy.attach(manager);
            values.add(copy);
        }
        return new Snapshot(values, restorable.saveState(manager));
    }

    /** Puts back, bit for bit, the weights, statistics and optimizer state that {@link #snapshot} copied. */
    public void restore(Snapshot snapshot) {
        for (int i = 0; i < all.size(); i++) {
            NDArray weight = all.get(i).getArray();
            boolean trainableWeight = weight.hasGradient();
            // An in-place write to a leaf that requires gradients is refused where grad mode is on.
            weight.setRequiresGradient(false);
            try {
                weight.set(new NDIndex(":"), snapshot.values().get(i));
            } finally {
                if (trainableWeight) {
                    weight.setRequiresGradient(true);
                }
            }
        }
        ((RestorableOptimizer) optimizer).restoreState(snapshot.optimizerState());
    }
}
