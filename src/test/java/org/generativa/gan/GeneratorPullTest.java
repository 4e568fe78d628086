package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.GaussianMixture2D;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The arrows on generated points: minus the gradient of G's loss at each point, checked by central differences. */
class GeneratorPullTest extends EngineTest {

    private static double perPointLoss(GanLoss loss, double logit) {
        return switch (loss) {
            case NON_SATURATING -> Math.log1p(Math.exp(-logit));
            case MINIMAX -> -Math.log1p(Math.exp(logit));
            case LSGAN -> 0.5 * (logit - 1) * (logit - 1);
            default -> -logit;
        };
    }

    @ParameterizedTest(name = "{0}, packing {1}")
    @CsvSource({"non-saturating, 1", "minimax, 1", "lsgan, 4", "non-saturating, 3"})
    void pullIsMinusTheLossGradientAtEachPoint(String lossName, int packing) {
        GanLoss loss = GanLoss.fromCliName(lossName);
        GanConfig config = GanConfig.defaultsFor(DataSpec.of("ring8"), DataKind.POINTS).withLoss(loss).withBatchSize(12)
                .withLatentSize(4).withHiddenWidth(16).withSeed(3).withThreads(1)
                .withTricks(GanTricks.NONE.withPacking(packing));
        try (GanExperiment experiment = new GanExperiment(m, GaussianMixture2D.ring8(), config)) {
            for (int i = 0; i < 20; i++) {
                experiment.step(StepKind.BOTH);
            }
            GanNetworks nets = experiment.networks();
            GanTrainer trainer = new GanTrainer(nets, config, 2);
            float[] xs = {0.3f, -1.2f, 1.7f, 0.4f, -0.9f, -0.8f, 0.05f, 2.1f};
            List<float[]> d0 = new ArrayList<>();
            nets.discriminatorParameters().parameters().forEach(p -> d0.add(p.getArray().toFloatArray()));
            float[] pull = trainer.generatorPull(m, m.create(xs, new Shape(4, 2)), null);
            assertEquals(8, pull.length);
            double h = 1e-3;
            float[] expected = new float[8];
            for (int k = 0; k < 8; k++) {
                float[] plus = xs.clone();
                float[] minus = xs.clone();
                plus[k] += (float) h;
                minus[k] -= (float) h;
                double lp = perPointLoss(loss, nets.discriminateEach(m.create(plus, new Shape(4, 2)), null, false).getFloat(k / 2));
                double lm = perPointLoss(loss, nets.discriminateEach(m.create(minus, new Shape(4, 2)), null, false).getFloat(k / 2));
                expected[k] = (float) (-(lp - lm) / (2 * h));
            }
            float scale = 0;
            for (float e : expected) {
                scale = Math.max(scale, Math.abs(e));
            }
            assertTrue(scale > 1e-4, "a pull to compare: " + scale);
            assertArrayEquals(expected, pull, 0.02f * scale);
            for (int i = 0; i < d0.size(); i++) {
                Parameter p = nets.discriminatorParameters().parameters().get(i);
                assertArrayEquals(d0.get(i), p.getArray().toFloatArray(), 0f, "D unchanged");
                try (NDArray gradient = p.getArray().getGradient()) {
                    assertEquals(0f, gradient.abs().sum().getFloat(), "no gradient left on D");
                }
                assertTrue(p.getArray().hasGradient(), "D trainable again");
            }
        }
    }
}
