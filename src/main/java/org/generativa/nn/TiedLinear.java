package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A dense layer that maps back through another dense layer: {@code y = x W + b} with that layer's
 * weight {@code W} (out x in), so it goes from out features to in features. Only the bias is its own
 * parameter; the shared weight is trained and saved with the layer it belongs to, which must be
 * initialised first.
 */
public final class TiedLinear extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Parameter tiedWeight;
    private final Parameter bias;
    private final long units;

    /** @param units the source layer's input features, this layer's outputs */
    public TiedLinear(Linear source, long units) {
        super(VERSION);
        this.tiedWeight = source.getParameters().get("weight");
        this.units = units;
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray weight = store.getValue(tiedWeight, x.getDevice(), training);
        NDArray b = store.getValue(bias, x.getDevice(), training);
        NDArray transposed = weight.transpose();
        transposed.attach(x.getManager()); // an op on a parameter lands on the parameter's long-lived manager
        return Linear.linear(x, transposed, b);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {inputs[0].slice(0, inputs[0].dimension() - 1).add(units)};
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        bias.setShape(new Shape(units));
    }
}
