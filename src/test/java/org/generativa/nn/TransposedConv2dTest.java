package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import java.util.SplittableRandom;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransposedConv2dTest extends EngineTest {

    private NDArray run(TransposedConv2d layer, NDArray x, float[] weight, float[] bias) {
        layer.initialize(m, DataType.FLOAT32, x.getShape());
        layer.getParameters().get("weight").getArray().set(weight);
        layer.getParameters().get("bias").getArray().set(bias);
        return layer.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
    }

    @Test
    void strideTwoWithoutPaddingPutsACopyOfTheKernelUnderEveryInputValue() {
        NDArray x = m.create(new float[] {1, 2, 3, 4}, new Shape(1, 1, 2, 2));
        NDArray y = run(new TransposedConv2d(1, 2, 2, 0, 0), x, new float[] {1, 10, 100, 1000}, new float[] {0.5f});
        assertEquals(new Shape(1, 1, 4, 4), y.getShape());
        assertArrayEquals(new float[] {
            1.5f, 10.5f, 2.5f, 20.5f,
            100.5f, 1000.5f, 200.5f, 2000.5f,
            3.5f, 30.5f, 4.5f, 40.5f,
            300.5f, 3000.5f, 400.5f, 4000.5f}, y.toFloatArray(), 1e-4f);
    }

    @Test
    void strideOneIsTheFullConvolutionAndPaddingCropsItsBorder() {
        NDArray x = m.create(new float[] {1, 2, 3, 4}, new Shape(1, 1, 2, 2));
        float[] kernel = {1, 1, 1, 1};
        // Each output value sums the inputs whose 2x2 kernel copy covers it.
        assertArrayEquals(new float[] {1, 3, 2, 4, 10, 6, 3, 7, 4},
                run(new TransposedConv2d(1, 2, 1, 0, 0), x, kernel, new float[] {0}).toFloatArray(), 1e-5f);
        NDArray x3 = m.arange(1f, 10f).reshape(1, 1, 3, 3);
        float[] k3 = {0, 0, 0, 0, 1, 0, 0, 0, 0};
        assertArrayEquals(x3.toFloatArray(), run(new TransposedConv2d(1, 3, 1, 1, 0), x3, k3, new float[] {0}).toFloatArray(),
                1e-5f, "a centred one-hot 3x3 kernel with padding 1 gives the input back");
    }

    @ParameterizedTest
    @CsvSource({"7, 4, 2, 1, 0, 14", "4, 4, 2, 1, 0, 8", "5, 3, 2, 1, 1, 10", "5, 3, 2, 1, 0, 9", "3, 5, 3, 2, 2, 9", "6, 2, 1, 0, 0, 7"})
    void outputSizeFollowsTheFormula(int in, int kernel, int stride, int padding, int outputPadding, int expected) {
        TransposedConv2d layer = new TransposedConv2d(2, kernel, stride, padding, outputPadding);
        assertEquals(expected, layer.outputSide(in));
        NDArray y = run(layer, m.randomNormal(new Shape(1, 3, in, in)), random(3 * 2 * kernel * kernel, 1), new float[2]);
        assertEquals(new Shape(1, 2, expected, expected), y.getShape());
    }

    /** Against the definition, y[n, o, i s + a - p, j s + b - p] += x[n, c, i, j] w[c, o, a, b], written as loops. */
    @ParameterizedTest
    @CsvSource({"4, 2, 1, 0", "4, 2, 1, 1", "3, 2, 1, 1", "3, 1, 1, 0", "5, 3, 2, 2", "2, 3, 0, 0", "3, 3, 1, 1"})
    void valuesMatchTheDefinitionOnRandomInputs(int kernel, int stride, int padding, int outputPadding) {
        int n = 2;
        int cin = 3;
        int cout = 2;
        int h = 4;
        float[] xs = random(n * cin * h * h, 2);
        float[] ws = random(cin * cout * kernel * kernel, 3);
        float[] bs = {0.25f, -0.5f};
        TransposedConv2d layer = new TransposedConv2d(cout, kernel, stride, padding, outputPadding);
        int out = (int) layer.outputSide(h);
        float[] expected = new float[n * cout * out * out];
        for (int b = 0; b < n; b++) {
            for (int o = 0; o < cout; o++) {
                for (int r = 0; r < out; r++) {
                    for (int q = 0; q < out; q++) {
                        expected[((b * cout + o) * out + r) * out + q] = bs[o];
                    }
                }
                for (int c = 0; c < cin; c++) {
                    for (int i = 0; i < h; i++) {
                        for (int j = 0; j < h; j++) {
                            for (int a = 0; a < kernel; a++) {
                                for (int e = 0; e < kernel; e++) {
                                    int r = i * stride + a - padding;
                                    int q = j * stride + e - padding;
                                    if (r >= 0 && r < out && q >= 0 && q < out) {
                                        expected[((b * cout + o) * out + r) * out + q] += xs[((b * cin + c) * h + i) * h + j]
                                                * ws[((c * cout + o) * kernel + a) * kernel + e];
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        NDArray y = run(layer, m.create(xs, new Shape(n, cin, h, h)), ws, bs);
        assertArrayEquals(expected, y.toFloatArray(), 1e-4f);
    }

    /** The deck's view: with C the matrix of a strided convolution, the transposed one is C^T, so (Cu) . v = u . (C^T v). */
    @Test
    void itIsTheAdjointOfTheStridedConvolutionWithTheSameWeights() {
        int kernel = 4;
        // One weight, (2, 3, k, k): the convolution's (out, in, k, k) from 3 channels to 2, the transposed one's
        // (in, out, k, k) from 2 channels back to 3.
        float[] ws = random(2 * 3 * kernel * kernel, 4);
        NDArray u = m.create(random(2 * 3 * 8 * 8, 5), new Shape(2, 3, 8, 8));
        NDArray v = m.create(random(2 * 2 * 4 * 4, 6), new Shape(2, 2, 4, 4));
        NDArray cu = Conv2d.conv2d(u, m.create(ws, new Shape(2, 3, kernel, kernel)), null, new Shape(2, 2), new Shape(1, 1),
                new Shape(1, 1), 1).singletonOrThrow();
        NDArray ctv = run(new TransposedConv2d(3, kernel, 2, 1, 0), v, ws, new float[3]);
        assertEquals(new Shape(2, 2, 4, 4), cu.getShape());
        assertEquals(new Shape(2, 3, 8, 8), ctv.getShape());
        assertEquals(cu.mul(v).sum().getFloat(), u.mul(ctv).sum().getFloat(), 1e-2f);
    }

    @Test
    void refusesPaddingLargerThanTheKernelAllowsAndAnOutputPaddingOfAWholeStride() {
        assertThrows(IllegalArgumentException.class, () -> new TransposedConv2d(1, 3, 2, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new TransposedConv2d(1, 3, 2, 1, 2));
    }

    private static float[] random(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }
}
