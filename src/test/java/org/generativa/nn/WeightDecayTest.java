package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/** Plain SGD, and weight decay as the decks write it: J + lambda sum w^2 over the weights, not the biases. */
class WeightDecayTest extends EngineTest {

    private static final float LR = 0.1f;
    private static final float[] X = {1f, -2f, 0.5f};

    /** One SGD step on J = sum of the layer's outputs for input X (dJ/dW = X in each row, dJ/db = 1). */
    private float[][] stepWithDecay(double lambda) {
        Linear layer = Linear.builder().setUnits(2).build();
        layer.initialize(m, DataType.FLOAT32, new Shape(1, 3));
        ParameterGroup group = new ParameterGroup(layer, new SgdUpdate(new AdjustableRate(LR)));
        group.setWeightDecay(lambda);
        float[] w0 = layer.getParameters().get("weight").getArray().toFloatArray();
        float[] b0 = layer.getParameters().get("bias").getArray().toFloatArray();
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray out = layer.forward(new ParameterStore(m, false), new NDList(m.create(X, new Shape(1, 3))), true)
                    .singletonOrThrow();
            collector.backward(out.sum());
        }
        group.update();
        return new float[][] {w0, b0, layer.getParameters().get("weight").getArray().toFloatArray(),
            layer.getParameters().get("bias").getArray().toFloatArray()};
    }

    @Test
    void sgdSubtractsTheLearningRateTimesTheGradient() {
        float[][] r = stepWithDecay(0);
        float[] expectedW = new float[6];
        for (int i = 0; i < 6; i++) {
            expectedW[i] = r[0][i] - LR * X[i % 3];
        }
        assertArrayEquals(expectedW, r[2], 1e-6f);
        assertArrayEquals(new float[] {r[1][0] - LR, r[1][1] - LR}, r[3], 1e-6f);
    }

    @Test
    void weightDecayAddsTwoLambdaTimesEachWeightToItsGradientAndLeavesBiasesAlone() {
        double lambda = 0.25;
        float[][] r = stepWithDecay(lambda);
        float[] expectedW = new float[6];
        for (int i = 0; i < 6; i++) {
            expectedW[i] = (float) (r[0][i] - LR * (X[i % 3] + 2 * lambda * r[0][i]));
        }
        assertArrayEquals(expectedW, r[2], 1e-6f);
        assertArrayEquals(new float[] {r[1][0] - LR, r[1][1] - LR}, r[3], 1e-6f, "biases are not decayed");
    }
}
