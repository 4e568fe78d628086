package org.generativa.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A 2-D transposed convolution as PyTorch's {@code ConvTranspose2d} defines it (DJL's {@code Conv2dTranspose} does not
 * run on the PyTorch engine): with weight {@code w} of shape (in, out, k, k), every input value spreads a copy of its
 * kernel into the output, {@code y[o, i s + a - p, j s + b - p] += x[c, i, j] w[c, o, a, b]}, so an h x w input gives
 * {@code (h - 1) s - 2 p + k + outputPadding} rows and as many columns. It is the transpose (adjoint) of the strided
 * convolution with the same weight, stride and padding: the matrix C of that convolution, used as C<sup>T</sup>.
 *
 * <p>Computed as the decks draw it: stride - 1 zeros between input values, k - 1 - p zeros around them (plus the
 * output padding at the bottom and right), then an ordinary convolution with the kernel flipped and its input and
 * output channels swapped.
 */
public final class TransposedConv2d extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int filters;
    private final int kernel;
    private final int stride;
    private final int padding;
    private final int outputPadding;
    private final Parameter weight;
    private final Parameter bias;

    /**
     * @param outputPadding extra rows and columns at the bottom and right, to pick among the output sizes that a
     *     strided convolution maps to the same size; below the stride
     */
    public TransposedConv2d(int filters, int kernel, int stride, int padding, int outputPadding) {
        super(VERSION);
        if (padding > kernel - 1 || outputPadding >= stride || stride < 1) {
            throw new IllegalArgumentException("a transposed convolution needs padding <= kernel - 1 and output padding"
                    + " < stride, not kernel " + kernel + ", stride " + stride + ", padding " + padding
                    + ", output padding " + outputPadding);
        }
        this.filters = filters;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.outputPadding = outputPadding;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    }

    /** The output side for an input side of {@code input}: (input - 1) s - 2 p + k + output padding. */
    public long outputSide(long input) {
        return (input - 1) * stride - 2L * padding + kernel + outputPadding;
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        weight.setShape(new Shape(inputShapes[0].get(1), filters, kernel, kernel));
        bias.setShape(new Shape(filters));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s = inputShapes[0];
        return new Shape[] {new Shape(s.get(0), filters, outputSide(s.get(2)), outputSide(s.get(3)))};
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = store.getValue(weight, x.getDevice(), training);
        NDArray b = store.getValue(bias, x.getDevice(), training);
        Shape ws = w.getShape();
        // Reshaping through one row copies the flipped kernel into a plain contiguous layout: with more than one
        // thread, the convolution gave NaN gradients on the permuted layout that transpose and flip leave.
        NDArray flipped = w.transpose(1, 0, 2, 3).flip(2, 3).reshape(-1).reshape(ws.get(1), ws.get(0), kernel, kernel);
        int border = kernel - 1 - padding;
        // spreadOut leaves stride - 1 zeros after the last row and column too; the bottom and right border is
        // shortened by as much, so every array here is built by concatenation and none is a strided view.
        int after = border - (stride - 1) + outputPadding;
        NDArray padded = after >= 0 ? surround(spreadOut(x), border, after)
                : surround(cut(spreadOut(x), -after), border, 0);
        return Conv2d.conv2d(padded, flipped, b, new Shape(1, 1), new Shape(0, 0), new Shape(1, 1), 1);
    }

    /** {@code stride - 1} zeros after every value along height and width: h x w becomes hs x ws. */
    private NDArray spreadOut(NDArray x) {
        if (stride == 1) {
            return x;
        }
        Shape s = x.getShape();
        long n = s.get(0);
        long c = s.get(1);
        long h = s.get(2);
        long w = s.get(3);
        NDArray wide = x.reshape(n, c, h, w, 1).concat(x.getManager().zeros(new Shape(n, c, h, w, stride - 1)), 4)
                .reshape(n, c, h, 1, w * stride);
        return wide.concat(x.getManager().zeros(new Shape(n, c, h, stride - 1, w * stride)), 3)
                .reshape(n, c, h * stride, w * stride);
    }

    /** {@code before} zero rows and columns at the top and left, {@code after} at the bottom and right. */
    private static NDArray surround(NDArray x, int before, int after) {
        NDArray result = x;
        for (int axis = 2; axis <= 3; axis++) {
            if (before > 0) {
                result = zerosAlong(result, axis, before).concat(result, axis);
            }
            if (after > 0) {
                result = result.concat(zerosAlong(result, axis, after), axis);
            }
        }
        return result;
    }

    private static NDArray zerosAlong(NDArray x, int axis, int count) {
        long[] dims = x.getShape().getShape().clone();
        dims[axis] = count;
        return x.getManager().zeros(new Shape(dims));
    }

    /** Drops the last {@code count} rows and columns. */
    private static NDArray cut(NDArray x, int count) {
        Shape s = x.getShape();
        return x.get(new NDIndex(":, :, :{}, :{}", s.get(2) - count, s.get(3) - count));
    }
}
