package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

class LayersTest extends EngineTest {

    private static final float[] X = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

    @Test
    void channelsLastKeepsShapeAndValues() {
        NDArray x = m.create(X, new Shape(1, 3, 2, 2));
        NDArray y = Layers.channelsLast(x);
        assertEquals(x.getShape(), y.getShape());
        assertArrayEquals(X, y.toFloatArray());
        assertArrayEquals(X, Layers.channelsLast(y).toFloatArray(), "already channels-last");
    }

    @Test
    void upsamplingRepeatsEachPixelTwiceEachWay() {
        NDArray x = m.create(X, new Shape(1, 2, 2, 3));
        NDArray y = upsample(x, false);
        assertEquals(new Shape(1, 2, 4, 6), y.getShape());
        float[] v = y.toFloatArray();
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 6; j++) {
                    assertEquals(X[c * 6 + (i / 2) * 3 + j / 2], v[c * 24 + i * 6 + j], "c" + c + " (" + i + ", " + j + ")");
                }
            }
        }
    }

    @Test
    void theGradientOfEachPixelSumsItsFourCopies() {
        NDArray x = m.create(X, new Shape(1, 3, 2, 2));
        x.setRequiresGradient(true);
        NDArray weights = m.arange(48f).reshape(1, 3, 4, 4);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(upsample(x, true).mul(weights).sum());
        }
        float[] grad = x.getGradient().toFloatArray();
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    float expected = 0;
                    for (int di = 0; di < 2; di++) {
                        for (int dj = 0; dj < 2; dj++) {
                            expected += c * 16 + (2 * i + di) * 4 + 2 * j + dj;
                        }
                    }
                    assertEquals(expected, grad[c * 4 + i * 2 + j], 1e-5f);
                }
            }
        }
    }

    private NDArray upsample(NDArray x, boolean training) {
        Block block = Layers.upsample2x();
        return block.forward(new ParameterStore(m, false), new NDList(x), training).singletonOrThrow();
    }
}
