package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.nn.Backend;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/** The penalty and its gradient with respect to the critic's weights, against central finite differences. */
class GradientPenaltyTest extends EngineTest {

    private static final float[] POINTS = {0.3f, -1.2f, 1.5f, 0.4f, -0.7f, -0.2f, 2.1f, 1.1f};
    private static final float H = 1e-2f;

    private GanNetworks tinyCritic() {
        Backend.seed(11);
        GanConfig config = GanConfig.defaultsFor(GanModelKind.WGAN_GP, DataSpec.of("ring8"), DataKind.POINTS).withHiddenWidth(6);
        return new GanNetworks(m, config, new int[] {2}, false, 0);
    }

    private float penalty(GanNetworks nets) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            return GradientPenalty.atPoints(nets, m.create(POINTS, new Shape(4, 2)), null).getFloat();
        }
    }

    /** D(x) for one point, without a graph. */
    private float critic(GanNetworks nets, float x, float y) {
        return nets.discriminate(m.create(new float[] {x, y}, new Shape(1, 2)), null, false).getFloat();
    }

    @Test
    void penaltyMatchesFiniteDifferenceGradientsOfTheCritic() {
        try (GanNetworks nets = tinyCritic()) {
            double expected = 0;
            for (int i = 0; i < 4; i++) {
                float x = POINTS[2 * i];
                float y = POINTS[2 * i + 1];
                double gx = (critic(nets, x + H, y) - critic(nets, x - H, y)) / (2 * H);
                double gy = (critic(nets, x, y + H) - critic(nets, x, y - H)) / (2 * H);
                double norm = Math.sqrt(gx * gx + gy * gy);
                expected += (norm - 1) * (norm - 1) / 4;
            }
            float actual = penalty(nets);
            assertTrue(expected > 0.01, "a penalty worth testing: " + expected);
            assertEquals(expected, actual, 2e-3 * Math.max(1, expected));
        }
    }

    @Test
    void penaltyGradientReachesTheCriticWeightsCorrectly() {
        try (GanNetworks nets = tinyCritic()) {
            Parameter weight = nets.discriminatorParameters().parameters().get(0);
            float autograd;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray gp = GradientPenalty.atPoints(nets, m.create(POINTS, new Shape(4, 2)), null);
                collector.backward(gp);
            }
            try (NDArray gradient = weight.getArray().getGradient()) {
                autograd = gradient.toFloatArray()[0];
            }
            nets.discriminatorParameters().zeroGradients();

            float[] values = weight.getArray().toFloatArray();
            float original = values[0];
            values[0] = original + H;
            weight.getArray().set(values);
            float plus = penalty(nets);
            values[0] = original - H;
            weight.getArray().set(values);
            float minus = penalty(nets);
            values[0] = original;
            weight.getArray().set(values);
            nets.discriminatorParameters().zeroGradients();

            double finite = (plus - minus) / (2 * H);
            assertTrue(Math.abs(finite) > 1e-3, "a gradient worth testing: " + finite);
            assertEquals(finite, autograd, 0.05 * Math.abs(finite) + 1e-3);
        }
    }
}
