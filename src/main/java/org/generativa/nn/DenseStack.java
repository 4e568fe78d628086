package org.generativa.nn;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fully connected networks kept one child block per layer (a dense layer and its activation), so a
 * stack can be run, trained or mirrored one layer at a time, as layer-wise pretraining needs.
 */
public final class DenseStack {

    private DenseStack() {}

    /**
     * @param units outputs of each layer, in order
     * @param activations the activation after each layer; a null entry leaves that layer linear
     */
    public static SequentialBlock of(int[] units, List<Supplier<Block>> activations) {
        SequentialBlock stack = new SequentialBlock();
        for (int i = 0; i < units.length; i++) {
            stack.add(layer(Linear.builder().setUnits(units[i]).build(), activations.get(i)));
        }
        return stack;
    }

    /**
     * A stack that runs back through an initialised {@code encoder} with the transposes of its weights:
     * layer j mirrors encoder layer {@code L - 1 - j}.
     *
     * @param units outputs of each mirror layer: the input widths of the encoder's layers, last layer first
     */
    public static SequentialBlock tiedMirror(SequentialBlock encoder, int[] units, List<Supplier<Block>> activations) {
        int layers = encoder.getChildren().size();
        SequentialBlock mirror = new SequentialBlock();
        for (int j = 0; j < layers; j++) {
            Linear source = linearOf(encoder.getChildren().get(layers - 1 - j).getValue());
            mirror.add(layer(new TiedLinear(source, units[j]), activations.get(j)));
        }
        return mirror;
    }

    /** The dense layer of one layer block of a stack. */
    public static Linear linearOf(Block layer) {
        return (Linear) layer.getChildren().get(0).getValue();
    }

    private static Block layer(Block dense, Supplier<Block> activation) {
        SequentialBlock layer = new SequentialBlock().add(dense);
        if (activation != null) {
            layer.add(activation.get());
        }
        return layer;
    }
}
