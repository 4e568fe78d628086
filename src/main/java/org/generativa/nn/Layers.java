package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;

/** Parameter-free layers the generative networks share. */
public final class Layers {

    private static final float STD_EPSILON = 1e-8f;

    private Layers() {}

    /**
     * Joins an optional one-hot condition to the input: concatenated to flat inputs, or added as
     * constant feature maps to images. With one input it passes the input through.
     */
    public static Block joinCondition() {
        return new LambdaBlock(list -> {
            NDArray x = list.get(0);
            if (list.size() < 2) {
                return new NDList(x);
            }
            NDArray y = list.get(1);
            if (x.getShape().dimension() == 4) {
                Shape s = x.getShape();
                y = y.reshape(s.get(0), y.getShape().get(1), 1, 1).broadcast(s.get(0), y.getShape().get(1), s.get(2), s.get(3));
            }
            return new NDList(x.concat(y, 1));
        }, "join-condition");
    }

    /**
     * LeakyReLU written as x * mask with the mask computed from a detached copy of x. The values and
     * first derivatives are LeakyReLU's, but the second-order graph a gradient penalty builds holds
     * only the mask, not x: the built-in operation keeps x in that graph, which closes a reference
     * cycle through the penalised input's gradient and leaks every step's graph.
     */
    public static Block leakyReluDetachedMask(float slope) {
        return new LambdaBlock(list -> {
            NDArray x = list.singletonOrThrow();
            NDArray mask = x.stopGradient().gt(0).toType(DataType.FLOAT32, false).mul(1 - slope).add(slope);
            return new NDList(x.mul(mask));
        }, "leaky-relu-detached-mask");
    }

    /**
     * Nearest-neighbour upsampling by two (Conv2dTranspose does not work on DJL's PyTorch engine), in the
     * channels-last layout. libtorch 2.x upsamples small images (output height + width at most 128) with its
     * channels-last kernel whatever the input's layout: an NCHW input costs three copies of the output's size
     * per call (input in, output out, and back). A channels-last input costs none, and the convolution, batch
     * norm and activation after it keep that layout, so the next upsampling gets it for free.
     */
    public static Block upsample2x() {
        return new LambdaBlock(list -> {
            NDArray x = channelsLast(list.singletonOrThrow());
            Shape s = x.getShape();
            return new NDList(x.getNDArrayInternal().interpolation(new long[] {s.get(2) * 2, s.get(3) * 2}, 0, false));
        }, "upsample2x");
    }

    /**
     * The same (n, c, h, w) array with channels-last strides (laid out as n, h, w, c); no copy when it already
     * has them. Flattening the (n, h, w, c) view is what copies: it is a view only when that layout is contiguous.
     */
    public static NDArray channelsLast(NDArray x) {
        Shape s = x.getShape();
        long n = s.get(0);
        long c = s.get(1);
        long h = s.get(2);
        long w = s.get(3);
        return x.transpose(0, 2, 3, 1).reshape(n, h * w * c).reshape(n, h, w, c).transpose(0, 3, 1, 2);
    }

    public static Block reshape(long channels, long height, long width) {
        return new LambdaBlock(list -> new NDList(list.singletonOrThrow().reshape(-1, channels, height, width)), "reshape");
    }

    /** Zeros in the input's shape: a following dense layer then outputs its bias alone, whatever the input. */
    public static Block ignoreInput() {
        return new LambdaBlock(list -> new NDList(list.head().zerosLike()), "ignoreInput");
    }

    public static Block flatten() {
        return new LambdaBlock(list -> {
            NDArray x = list.singletonOrThrow();
            return new NDList(x.reshape(x.getShape().get(0), -1));
        }, "flatten");
    }

    /**
     * The minibatch standard deviation feature (Karras et al.): the mean over features of the
     * per-feature standard deviation across the batch, appended as one constant feature (map). A
     * discriminator that sees it can tell a collapsed batch from a varied one.
     */
    public static Block minibatchStd() {
        return new LambdaBlock(list -> {
            NDArray x = list.singletonOrThrow();
            Shape s = x.getShape();
            NDArray centred = x.sub(x.mean(new int[] {0}, true));
            NDArray std = centred.square().mean(new int[] {0}).add(STD_EPSILON).sqrt().mean();
            long[] featureShape = s.getShape().clone();
            featureShape[1] = 1;
            NDArray feature = std.broadcast(new Shape(featureShape));
            return new NDList(x.concat(feature, 1));
        }, "minibatch-std");
    }
}
