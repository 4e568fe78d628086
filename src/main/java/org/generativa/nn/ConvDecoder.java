package org.generativa.nn;

import ai.djl.nn.SequentialBlock;

/**
 * An image decoder in the style of {@link ConvNets#generator}, without batch norm and with a linear
 * output: a dense layer to a 7x7 or 4x4 stack of feature maps, then per doubling nearest-neighbour upsampling
 * and a 3x3 convolution, or one 4x4 transposed convolution of stride 2. It takes rows of codes and returns flat rows of pre-activation outputs
 * (logits for Bernoulli pixels), channels first.
 */
public final class ConvDecoder {

    private ConvDecoder() {}

    /** @param width channels after the last upsampling; earlier stages double it */
    public static SequentialBlock of(int channels, int side, int width, Upsampling upsample) {
        SequentialBlock decoder = new SequentialBlock();
        decoder.add(ConvNets.upsampling(side, channels, width, false, 1, upsample));
        decoder.add(Layers.flatten());
        return decoder;
    }
}
