package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import java.util.function.Supplier;

/**
 * The activation that ends a dense layer, with its slope: {@code d out / d pre} at each value, which a layer's
 * Jacobian needs ({@code J = diag(slope) W}).
 */
public enum LayerActivation {
    LINEAR(null),
    RELU(Activation::reluBlock),
    SIGMOID(Activation::sigmoidBlock),
    TANH(Activation::tanhBlock),
    SELU(Activation::seluBlock);

    /** SELU's scale and its negative saturation level (Klambauer et al. 2017). */
    private static final double SELU_LAMBDA = 1.0507009873554805;
    private static final double SELU_ALPHA = 1.6732632423543772;

    private final Supplier<Block> block;

    LayerActivation(Supplier<Block> block) {
        this.block = block;
    }

    /** The activation block, or null for a linear layer (which has none). */
    public Supplier<Block> block() {
        return block;
    }

    /**
     * @param pre the layer's values before the activation
     * @param out the layer's outputs, {@code activation(pre)}
     */
    public NDArray slope(NDArray pre, NDArray out) {
        return switch (this) {
            case LINEAR -> pre.onesLike();
            case RELU -> pre.gt(0).toType(pre.getDataType(), false);
            case SIGMOID -> out.mul(out.neg().add(1));
            case TANH -> out.square().neg().add(1);
            case SELU -> {
                NDArray positive = pre.gt(0).toType(pre.getDataType(), false);
                NDArray negativeSlope = out.add((float) (SELU_LAMBDA * SELU_ALPHA));
                yield positive.mul((float) SELU_LAMBDA).add(positive.neg().add(1).mul(negativeSlope));
            }
        };
    }
}
