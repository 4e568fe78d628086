package org.generativa.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.util.ArrayList;
import java.util.List;

/**
 * An image encoder for square images of side 28, 32 or 64: strided 4x4 convolutions (or 3x3 convolutions each
 * followed by 2x2 max-pooling) halve the image down to 7x7 or 4x4 while the channels double from {@code width}, then
 * one dense layer. It takes flat
 * rows of pixels, channels first, and returns rows of {@code outputs} values.
 */
public final class ConvEncoder {

    private static final float LEAK = 0.2f;

    private ConvEncoder() {}

    public static SequentialBlock of(int channels, int side, int width, int outputs, Downsampling downsample) {
        SequentialBlock encoder = new SequentialBlock();
        encoder.add(Layers.reshape(channels, side, side));
        int filters = width;
        for (int i = 0; i < ConvNets.doublings(side); i++) {
            if (downsample == Downsampling.POOLING) {
                encoder.add(Conv2d.builder().setFilters(filters).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                        .build());
                encoder.add(Activation.leakyReluBlock(LEAK));
                encoder.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
            } else {
                encoder.add(Conv2d.builder().setFilters(filters).setKernelShape(new Shape(4, 4)).optStride(new Shape(2, 2))
                        .optPadding(new Shape(1, 1)).build());
                encoder.add(Activation.leakyReluBlock(LEAK));
            }
            filters *= 2;
        }
        encoder.add(Layers.flatten());
        encoder.add(Linear.builder().setUnits(outputs).build());
        return encoder;
    }

    /**
     * The encoder made by {@link #of} as the stages it can be trained in one at a time: each downsampling stage (the
     * first with the reshape of flat rows), then the dense code layer (with the flatten before it). Every stage shares
     * its blocks, and so its parameters, with {@code encoder}.
     */
    public static List<Block> stages(SequentialBlock encoder, Downsampling downsample) {
        List<Block> children = encoder.getChildren().values();
        int perStage = downsample == Downsampling.POOLING ? 3 : 2;
        int doublings = (children.size() - 3) / perStage;
        List<Block> stages = new ArrayList<>();
        int at = 1;
        for (int i = 0; i < doublings; i++) {
            SequentialBlock stage = new SequentialBlock();
            if (i == 0) {
                stage.add(children.get(0));
            }
            stage.addAll(children.subList(at, at + perStage));
            stages.add(stage);
            at += perStage;
        }
        stages.add(new SequentialBlock().addAll(children.subList(at, children.size())));
        return List.copyOf(stages);
    }
}
