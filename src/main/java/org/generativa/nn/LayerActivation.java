package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import java.util.function.Supplier;
import org.generativa.common.CliChoice;

/**
 * The activation that ends a dense layer, with its slope: {@code d out / d pre} at each value, which a layer's
 * Jacobian needs ({@code J = diag(slope) W}).
 */
public enum LayerActivation implements CliChoice {
    LINEAR("linear", null),
    RELU("relu", Activation::reluBlock),
    SIGMOID("sigmoid", Activation::sigmoidBlock),
    TANH("tanh", Activation::tanhBlock),
    SELU("selu", Activation::seluBlock);

    /** SELU's scale and its negative saturation level (Klambauer et al. 2017). */
    private static final double SELU_LAMBDA = 1.0507009873554805;
    private static final double SELU_ALPHA = 1.6732632423543772;

    private final String cliName;
    private final Supplier<Block> block;

    LayerActivation(String cliName, Supplier<Block> block) {
        this.cliName = cliName;
        this.block = block;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    @JsonCreator
    public static LayerActivation fromCliName(String name) {
        return CliChoice.parse(LayerActivation.class, name, "choice.activation");
    }

    /**
     * The value a unit rests at when it is off, which a sparsity penalty pulls it towards: the activation's lower
     * saturation (0 for sigmoid and ReLU, -1 for tanh, -lambda alpha for SELU), and 0 for a linear unit.
     */
    public double offLevel() {
        return switch (this) {
            case TANH -> -1;
            case SELU -> -SELU_LAMBDA * SELU_ALPHA;
            default -> 0;
        };
    }

    /** Whether the outputs lie between the off level and 1 (sigmoid, tanh), so a mean activation is a probability once rescaled. */
    public boolean bounded() {
        return this == SIGMOID || this == TANH;
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
