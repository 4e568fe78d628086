package org.generativa.nn;

import ai.djl.MalformedModelException;
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
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private static final int OPTIMIZER_FORMAT = 1;

    private final List<Parameter> all = new ArrayList<>();
    private final List<Parameter> trainable = new ArrayList<>();
    private final Optimizer optimizer;
    private volatile double weightDecay;

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

    /**
     * Weight decay as the decks write it, {@code J + lambda sum w^2} over the weights (not biases nor batch-norm
     * scales): each update adds {@code 2 lambda w} to a weight's gradient before the optimizer sees it. 0 turns it off.
     */
    public void setWeightDecay(double lambda) {
        weightDecay = lambda;
    }

    /** Applies one optimizer update from the accumulated gradients (plus weight decay's), then clears them. */
    public void update() {
        double lambda = weightDecay;
        for (Parameter parameter : trainable) {
            NDArray weight = parameter.getArray();
            try (NDArray gradient = weight.getGradient()) {
                if (lambda > 0 && parameter.getType() == Parameter.Type.WEIGHT) {
                    try (NDManager scratch = weight.getManager().newSubManager()) {
                        NDArray decayed = weight.mul((float) (2 * lambda)).addi(gradient);
                        decayed.attach(scratch);
                        optimizer.update(parameter.getId(), weight, decayed);
                    }
                } else {
                    optimizer.update(parameter.getId(), weight, gradient);
                }
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

    /**
     * Writes the optimizer's state (update counts and slot arrays such as Adam's moments) to {@code file}, each
     * parameter named by its place among the trainable ones, so a network built again from the same config
     * can take it back with {@link #loadOptimizer}.
     */
    public void saveOptimizer(Path file) throws IOException {
        List<String> ids = trainable.stream().map(Parameter::getId).toList();
        try (NDManager scratch = NDManager.newBaseManager(Backend.ENGINE);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            RestorableOptimizer.State state = restorable().saveState(scratch);
            out.writeInt(OPTIMIZER_FORMAT);
            out.writeInt(state.numUpdate());
            out.writeInt(state.counts().size());
            for (Map.Entry<String, Integer> count : state.counts().entrySet()) {
                out.writeInt(ids.indexOf(count.getKey()));
                out.writeInt(count.getValue());
            }
            out.writeInt(state.slots().size());
            for (Map.Entry<String, NDArray> slot : state.slots().entrySet()) {
                int slash = slot.getKey().indexOf('/');
                out.writeUTF(slot.getKey().substring(0, slash));
                out.writeInt(ids.indexOf(slot.getKey().substring(slash + 1)));
                byte[] encoded = slot.getValue().encode();
                out.writeInt(encoded.length);
                out.write(encoded);
            }
        }
    }

    /**
     * Gives the optimizer the state {@link #saveOptimizer} wrote; the network must have been built from the same
     * config.
     *
     * @throws MalformedModelException when the file does not fit this network (the optimizer is then unchanged)
     */
    public void loadOptimizer(Path file) throws IOException, MalformedModelException {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, NDArray> slots = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int format = in.readInt();
            if (format != OPTIMIZER_FORMAT) {
                throw new MalformedModelException("optimizer state format " + format + " is not " + OPTIMIZER_FORMAT);
            }
            int numUpdate = in.readInt();
            for (int i = in.readInt(); i > 0; i--) {
                counts.put(parameterAt(in.readInt()).getId(), in.readInt());
            }
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                Parameter parameter = parameterAt(in.readInt());
                byte[] encoded = in.readNBytes(in.readInt());
                NDArray weight = parameter.getArray();
                NDArray value = weight.getManager().decode(encoded);
                slots.put(name + "/" + parameter.getId(), value);
                if (!value.getShape().equals(weight.getShape())) {
                    throw new MalformedModelException("the optimizer's " + name + " of parameter " + parameter.getName()
                            + " has shape " + value.getShape() + ", the parameter " + weight.getShape());
                }
            }
            restorable().replaceState(new RestorableOptimizer.State(counts, numUpdate, slots));
        } catch (EOFException e) {
            slots.values().forEach(NDArray::close);
            throw new MalformedModelException("the optimizer state in " + file.getFileName() + " is cut short", e);
        } catch (MalformedModelException | RuntimeException e) {
            slots.values().forEach(NDArray::close);
            throw e;
        }
    }

    private Parameter parameterAt(int index) throws MalformedModelException {
        if (index < 0 || index >= trainable.size()) {
            throw new MalformedModelException("the optimizer state names parameter " + index + " of a network with "
                    + trainable.size());
        }
        return trainable.get(index);
    }

    private RestorableOptimizer restorable() {
        if (!(optimizer instanceof RestorableOptimizer restorable)) {
            throw new IllegalStateException(optimizer.getClass().getSimpleName() + " cannot save its state");
        }
        return restorable;
    }

    /** Copies the network and its optimizer state into {@code manager}; needs a {@link RestorableOptimizer}. */
    public Snapshot snapshot(NDManager manager) {
        RestorableOptimizer restorable = restorable();
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
