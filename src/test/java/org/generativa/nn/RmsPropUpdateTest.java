package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

class RmsPropUpdateTest extends EngineTest {

    @Test
    void followsTheUpdateFormulaOverSeveralSteps() {
        float lr = 0.01f;
        float alpha = 0.9f;
        float eps = 1e-8f;
        RmsPropUpdate optimizer = new RmsPropUpdate(new AdjustableRate(lr), alpha, eps);
        float[] w = {0.5f, -1.0f, 2.0f};
        float[][] gradients = {{0.1f, -0.4f, 3f}, {0.2f, 0.0f, -1f}, {-0.3f, 0.5f, 0.25f}};
        double[] expectedW = {w[0], w[1], w[2]};
        double[] v = new double[3];
        NDArray weight = m.create(w.clone());
        for (float[] g : gradients) {
            for (int i = 0; i < 3; i++) {
                v[i] = alpha * v[i] + (1 - alpha) * g[i] * g[i];
                expectedW[i] -= lr * g[i] / (Math.sqrt(v[i]) + eps);
            }
            try (NDArray gradient = m.create(g)) {
                optimizer.update("w", weight, gradient);
            }
            float[] actual = weight.toFloatArray();
            for (int i = 0; i < 3; i++) {
                assertEquals(expectedW[i], actual[i], 1e-5, "element " + i);
            }
        }
    }

    @Test
    void theLearningRateCanChangeBetweenSteps() {
        AdjustableRate rate = new AdjustableRate(0.1);
        RmsPropUpdate optimizer = new RmsPropUpdate(rate, 0.99f, 1e-8f);
        NDArray weight = m.create(new float[] {1f});
        optimizer.update("w", weight, m.create(new float[] {1f}));
        // v = 0.01, step = 0.1 * 1 / 0.1 = 1
        assertEquals(0f, weight.getFloat(), 1e-5f);
        float before = weight.getFloat();
        rate.set(0.0);
        optimizer.update("w", weight, m.create(new float[] {1f}));
        assertEquals(before, weight.getFloat(), 0f, "a zero learning rate leaves the weight alone");
    }

    @Test
    void stateIsKeptPerParameter() {
        RmsPropUpdate optimizer = new RmsPropUpdate(new AdjustableRate(0.1), 0.99f, 1e-8f);
        NDArray a = m.create(new float[] {0f});
        NDArray b = m.create(new float[] {0f});
        optimizer.update("a", a, m.create(new float[] {1f}));
        optimizer.update("a", a, m.create(new float[] {1f}));
        optimizer.update("b", b, m.create(new float[] {1f}));
        // b's first step is the full 1.0 of a first step, not a's smaller second step
        assertEquals(-1f, b.getFloat(), 1e-5f);
    }
}
