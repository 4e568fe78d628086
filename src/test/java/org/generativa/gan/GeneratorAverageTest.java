package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.GaussianMixture2D;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Samples from an exponential moving average of G's weights; training never sees the average. */
class GeneratorAverageTest extends EngineTest {

    @TempDir
    Path dir;

    private static GanConfig config(double decay) {
        return GanConfig.defaultsFor(DataSpec.of("ring8"), DataKind.POINTS).withBatchSize(32).withLatentSize(4)
                .withHiddenWidth(16).withSeed(8).withThreads(1).withTricks(GanTricks.NONE.withGeneratorAverage(decay));
    }

    private static List<float[]> values(List<Parameter> parameters) {
        List<float[]> list = new ArrayList<>();
        parameters.forEach(p -> list.add(p.getArray().toFloatArray()));
        return list;
    }

    private static List<Parameter> generator(GanNetworks nets) {
        return new ArrayList<>(nets.generator().getParameters().values());
    }

    @Test
    void theAverageFollowsTheFormulaAndInferenceUsesIt() {
        double decay = 0.9;
        try (GanExperiment experiment = new GanExperiment(m, GaussianMixture2D.ring8(), config(decay))) {
            GanNetworks nets = experiment.networks();
            assertFalse(nets.generatorAveraged(), "nothing to average before the first G step");
            experiment.step(StepKind.BOTH);
            assertTrue(nets.generatorAveraged());
            NDArray z = nets.noise(m, 5);
            assertArrayEquals(nets.generate(z, null, true).toFloatArray(), nets.generate(z, null, false).toFloatArray(), 0f,
                    "the first average is a copy of G");
            List<float[]> average = values(generator(nets));
            for (int step = 1; step <= 3; step++) {
                experiment.step(StepKind.BOTH);
                List<float[]> w = values(generator(nets));
                double d = Math.min(decay, (1.0 + step) / (10.0 + step));
                for (int i = 0; i < average.size(); i++) {
                    for (int j = 0; j < average.get(i).length; j++) {
                        average.get(i)[j] = (float) (d * average.get(i)[j] + (1 - d) * w.get(i)[j]);
                    }
                }
            }
            float[] expected = manualForward(nets, average, z);
            assertArrayEquals(expected, nets.generate(z, null, false).toFloatArray(), 1e-5f, "inference uses the average");
            assertFalse(Arrays.equals(expected, nets.generate(z, null, true).toFloatArray()), "training uses G itself");
            float[] sample = experiment.sample(3);
            assertEquals(6, sample.length);

            experiment.applyLive(experiment.config().withTricks(experiment.config().tricks().withGeneratorAverage(0)));
            experiment.step(StepKind.G_ONLY);
            assertFalse(nets.generatorAveraged(), "a decay of 0 turns averaging off");
            assertArrayEquals(nets.generate(z, null, true).toFloatArray(), nets.generate(z, null, false).toFloatArray(), 0f);
        }
    }

    /** G's two-hidden-layer ReLU MLP written out: x W1 + b1, relu, x W2 + b2, relu, x W3 + b3 (DJL stores W as out x in). */
    private float[] manualForward(GanNetworks nets, List<float[]> p, NDArray z) {
        List<Parameter> shapes = generator(nets);
        NDArray x = z;
        for (int layer = 0; layer < 3; layer++) {
            Shape ws = shapes.get(2 * layer).getArray().getShape();
            NDArray w = m.create(p.get(2 * layer), ws);
            NDArray b = m.create(p.get(2 * layer + 1));
            x = x.matMul(w.transpose()).add(b);
            if (layer < 2) {
                x = x.maximum(0f);
            }
        }
        return x.toFloatArray();
    }

    @Test
    void theDecayRampsUpFromATenthToTheChosenOne() {
        assertEquals(0.1, GanNetworks.averageDecay(0), 1e-12);
        assertEquals(2.0 / 11, GanNetworks.averageDecay(1), 1e-12);
        assertEquals(0.99, GanNetworks.averageDecay(890), 1e-12, "a decay of 0.99 applies in full from update 890");
        assertTrue(GanNetworks.averageDecay(889) < 0.99);
    }

    @Test
    void averagingDoesNotChangeTrainingAtAll() {
        List<float[]> g0;
        List<float[]> d0;
        try (GanExperiment plain = new GanExperiment(m, GaussianMixture2D.ring8(), config(0))) {
            for (int i = 0; i < 5; i++) {
                plain.step(StepKind.BOTH);
            }
            g0 = values(generator(plain.networks()));
            d0 = values(plain.networks().discriminatorParameters().parameters());
        }
        try (GanExperiment averaged = new GanExperiment(m, GaussianMixture2D.ring8(), config(0.99))) {
            for (int i = 0; i < 5; i++) {
                averaged.step(StepKind.BOTH);
            }
            List<float[]> g1 = values(generator(averaged.networks()));
            List<float[]> d1 = values(averaged.networks().discriminatorParameters().parameters());
            for (int i = 0; i < g0.size(); i++) {
                assertArrayEquals(g0.get(i), g1.get(i), 0f, "G parameter " + i);
            }
            for (int i = 0; i < d0.size(); i++) {
                assertArrayEquals(d0.get(i), d1.get(i), 0f, "D parameter " + i);
            }
        }
    }

    @Test
    void checkpointsHoldTheGeneratorThatSamplesComeFrom() throws Exception {
        GanConfig config = config(0.5);
        NDArray z;
        float[] averaged;
        try (GanExperiment experiment = new GanExperiment(m, GaussianMixture2D.ring8(), config)) {
            for (int i = 0; i < 4; i++) {
                experiment.step(StepKind.BOTH);
            }
            z = experiment.networks().noise(m, 7);
            averaged = experiment.networks().generate(z, null, false).toFloatArray();
            experiment.saveCheckpoint(dir);
        }
        assertTrue(Files.size(dir.resolve("generator.params")) > 0);
        try (GanExperiment reopened = new GanExperiment(m, GaussianMixture2D.ring8(), config)) {
            reopened.loadCheckpoint(dir);
            assertFalse(reopened.networks().generatorAveraged());
            assertArrayEquals(averaged, reopened.networks().generate(z, null, false).toFloatArray(), 0f);
        }
    }
}
