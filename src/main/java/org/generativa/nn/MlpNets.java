package org.generativa.nn;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Fully connected generator and discriminator with {@code depth} hidden layers of one width, optionally conditioned on a one-hot class.
 * A width of 0 leaves out the hidden layers and the noise: G is one learned point and D a single linear layer (the
 * Dirac-GAN of the lab).
 */
public final class MlpNets {

    private MlpNets() {}

    /**
     * @param depth hidden layers (when the width is above 0)
     * @param tanh squash the output to [-1, 1] (images), or leave it linear (points)
     */
    public static SequentialBlock generator(int hidden, int depth, int outputs, boolean tanh) {
        SequentialBlock g = new SequentialBlock();
        g.add(Layers.joinCondition());
        if (hidden == 0) {
            g.add(Layers.ignoreInput());
        }
        g.add(Mlp.of(hiddenLayers(hidden, depth), Activation::reluBlock, outputs, tanh ? Activation.tanhBlock() : null));
        return g;
    }

    public static SequentialBlock discriminator(int hidden, int depth, float dropout, boolean minibatchStd, Supplier<Block> activation) {
        SequentialBlock d = new SequentialBlock();
        d.add(Layers.joinCondition());
        for (int width : hiddenLayers(hidden, depth)) {
            d.add(Linear.builder().setUnits(width).build());
            d.add(activation.get());
            if (dropout > 0) {
                d.add(Dropout.builder().optRate(dropout).build());
            }
        }
        if (minibatchStd) {
            d.add(Layers.minibatchStd());
        }
        d.add(Linear.builder().setUnits(1).build());
        return d;
    }

    private static int[] hiddenLayers(int width, int depth) {
        int[] layers = new int[width == 0 ? 0 : depth];
        Arrays.fill(layers, width);
        return layers;
    }
}
