package org.generativa.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;

/**
 * An image decoder in the style of {@link ConvNets#generator}, without batch norm and with a linear
 * output: a dense layer to a 7x7 or 4x4 stack of feature maps, then nearest-neighbour upsampling and a
 * 3x3 convolution per doubling. It takes rows of codes and returns flat rows of pre-activation outputs
 * (logits for Bernoulli pixels), channels first.
 */
public final class ConvDecoder {

    private ConvDecoder() {}

    /** @param width channels after the last upsampling; earlier stages double it */
    public static SequentialBlock of(int channels, int side, int width) {
        int base = ConvNets.base(side);
        int steps = ConvNets.doublings(side);
        int filters = width << (steps - 1);
        SequentialBlock decoder = new SequentialBlock();
        decoder.add(Linear.builder().setUnits((long) filters * base * base).build());
        decoder.add(Activation.reluBlock());
        decoder.add(Layers.reshape(filters, base, base));
        for (int i = 0; i < steps; i++) {
            boolean last = i == steps - 1;
            int next = last ? channels : filters / 2;
            decoder.add(Layers.upsample2x());
            decoder.add(Conv2d.builder().setFilters(next).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).build());
            if (!last) {
                decoder.add(Activation.reluBlock());
                filters = next;
            }
        }
        decoder.add(Layers.flatten());
        return decoder;
    }
}
