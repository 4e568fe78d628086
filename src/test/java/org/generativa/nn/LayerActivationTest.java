package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.ParameterStore;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each activation's slope against central differences of the activation itself, away from ReLU's and SELU's kink. */
class LayerActivationTest extends EngineTest {

    private static final float[] PRE = {-2.5f, -0.7f, -0.1f, 0.2f, 0.9f, 3f};
    private static final float H = 1e-2f;

    private NDArray apply(LayerActivation kind, float[] values) {
        NDArray x = m.create(values);
        return kind.block() == null ? x
                : kind.block().get().forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
    }

    @ParameterizedTest
    @EnumSource(LayerActivation.class)
    void slopeIsTheDerivativeOfTheActivation(LayerActivation kind) {
        float[] slope = kind.slope(m.create(PRE), apply(kind, PRE)).toFloatArray();
        for (int i = 0; i < PRE.length; i++) {
            float up = apply(kind, new float[] {PRE[i] + H}).getFloat(0);
            float down = apply(kind, new float[] {PRE[i] - H}).getFloat(0);
            assertEquals((up - down) / (2 * H), slope[i], 2e-3, kind + " at " + PRE[i]);
        }
    }
}
