package org.generativa.nn;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.function.Supplier;

/** Fully connected networks: dense layers with an activation between them. */
public final class Mlp {

    private Mlp() {}

    /**
     * @param hidden widths of the hidden layers, in order
     * @param activation the activation after each hidden layer
     * @param output the block after the last layer, or null for a linear output
     */
    public static SequentialBlock of(int[] hidden, Supplier<Block> activation, int outputs, Block output) {
        SequentialBlock block = new SequentialBlock();
        for (int width : hidden) {
            block.add(Linear.builder().setUnits(width).build());
            block.add(activation.get());
        }
        block.add(Linear.builder().setUnits(outputs).build());
        if (output != null) {
            block.add(output);
        }
        return block;
    }
}
