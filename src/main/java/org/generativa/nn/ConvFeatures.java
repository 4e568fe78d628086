package org.generativa.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;

/**
 * A small convolutional feature extractor: 3x3 conv, ReLU, 2x2 max-pool per stage, then one dense
 * ReLU layer. The first conv may be strided to shrink large images cheaply.
 */
public final class ConvFeatures {

    private ConvFeatures() {}

    /**
     * @param firstStride stride of the first conv (1, or 2 to halve the image before the first pooling)
     * @param channels output channels of each conv stage, in order; each stage halves height and width
     * @param width the size of the feature vector (the dense layer's units)
     */
    public static SequentialBlock of(int firstStride, int[] channels, int width) {
        SequentialBlock block = new SequentialBlock();
        for (int i = 0; i < channels.length; i++) {
            int stride = i == 0 ? firstStride : 1;
            block.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                    .optStride(new Shape(stride, stride)).setFilters(channels[i]).build());
            block.add(Activation.reluBlock());
            block.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
        }
        block.add(Blocks.batchFlattenBlock());
        block.add(Linear.builder().setUnits(width).build());
        block.add(Activation.reluBlock());
        return block;
    }
}
