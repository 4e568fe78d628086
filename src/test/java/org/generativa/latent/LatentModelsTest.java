package org.generativa.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeVariant;
import org.generativa.autoencoder.GaussianKl;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.data.ImageSet;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanModelKind;
import org.generativa.preview.Preview;
import org.generativa.testing.EngineTest;
import org.generativa.train.Experiment;
import org.generativa.train.MetricPoint;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;

class LatentModelsTest extends EngineTest {

    private static GanExperiment gan(GanModelKind kind) {
        return new GanExperiment(root, DatasetLoader.forRun(DataSpec.of("digits")), Tiny.gan(kind, "digits"));
    }

    private static AeExperiment ae(AeVariant variant, int code) {
        return new AeExperiment(root, DatasetLoader.forRun(DataSpec.of("digits")), Tiny.ae(variant, "digits", code));
    }

    private static void train(Experiment<?> experiment, int steps) {
        for (int i = 0; i < steps; i++) {
            experiment.step(StepKind.BOTH);
        }
    }

    @Test
    void aGanDecodesCodesWithItsGeneratorIntoTheUnitRange() {
        try (GanExperiment experiment = gan(GanModelKind.DCGAN)) {
            train(experiment, 3);
            LatentModel model = LatentModels.of(experiment).orElseThrow();
            assertEquals(4, model.latentSize());
            assertFalse(model.hasEncoder());
            assertEquals(List.of(), model.conditionClasses());
            assertArrayEquals(new double[] {1, 1, 1, 1}, model.dimensionImportance());
            assertThrows(UnsupportedOperationException.class, () -> model.encode(new float[784], 1));

            float[] codes = model.samplePrior(3, 11);
            assertArrayEquals(codes, model.samplePrior(3, 11), "the prior is reproducible");
            assertFalse(Arrays.equals(codes, model.samplePrior(3, 12)));
            float[] images = model.decode(codes, 3, null);
            assertEquals(3 * 784, images.length);
            NDArray z = m.create(codes, new Shape(3, 4));
            float[] generated = experiment.networks().generate(z, null, false).toFloatArray();
            for (int i = 0; i < images.length; i++) {
                assertEquals((generated[i] + 1) / 2, images[i], 1e-6, "pixel " + i);
                assertTrue(images[i] >= 0 && images[i] <= 1);
            }
            HeldOutItems held = model.heldOutItems(10);
            assertEquals(60_000 - AeExperiment.HELD_OUT, held.indices()[0], "the images an autoencoder holds out");
            assertEquals(10, held.count());

            float[] one = model.decode(LatentMath.row(codes, 1, 4), 1, null);
            assertArrayEquals(Arrays.copyOfRange(images, 784, 2 * 784), one, 1e-5f, "a code decodes alone as in a batch");
        }
    }

    @Test
    void aConditionalGanTakesAClassPerCode() {
        try (GanExperiment experiment = gan(GanModelKind.CGAN)) {
            train(experiment, 2);
            LatentModel model = LatentModels.of(experiment).orElseThrow();
            assertEquals(experiment.dataset().labelNames(), model.conditionClasses());
            float[] code = model.samplePrior(1, 1);
            float[] two = model.decode(code, 1, new int[] {2});
            float[] seven = model.decode(code, 1, new int[] {7});
            assertFalse(Arrays.equals(two, seven), "the class changes the image");
            assertArrayEquals(two, model.decode(code, 1, new int[] {2}), 0f);
            assertThrows(IllegalArgumentException.class, () -> model.decode(code, 1, null));
        }
    }

    @Test
    void aVaeEncodesToMeansAndRanksDimensionsByHeldOutKl() {
        try (AeExperiment experiment = ae(AeVariant.VAE, 3)) {
            train(experiment, 30);
            LatentModel model = LatentModels.of(experiment).orElseThrow();
            assertTrue(model.hasEncoder());
            assertEquals(3, model.latentSize());

            HeldOutItems held = model.heldOutItems(AeLatentModel.MEASURED_ITEMS);
            ImageSet set = (ImageSet) experiment.dataset();
            assertEquals(AeLatentModel.MEASURED_ITEMS, held.count());
            assertEquals(set.count() - experiment.heldOutCount(), held.indices()[0], "the first held-out image");
            assertEquals(set.label(held.indices()[7]), held.labels()[7]);

            float[] codes = model.encode(held.items(), held.count());
            assertArrayEquals(experiment.encode(held.items(), held.count()), codes, 0f);
            NDList posterior = experiment.networks().encode(m.create(held.items(), new Shape(held.count(), 784)), false)
                    .split(2, 1);
            float[] expected = GaussianKl.perDimension(posterior.get(0), posterior.get(1)).mean(new int[] {0}).toFloatArray();
            double[] importance = model.dimensionImportance();
            for (int j = 0; j < 3; j++) {
                assertEquals(expected[j], importance[j], 1e-4 * Math.max(1, expected[j]), "KL of dimension " + j);
            }
            assertNotEquals(experiment.latestKlPerDimension()[0], importance[0], "held-out data, not the last batch");

            float[] prior = model.samplePrior(5, 9);
            assertArrayEquals(experiment.samplePrior(5, 9), model.decode(prior, 5, null), 1e-6f,
                    "decoded prior samples are the experiment's own");
        }
    }

    @Test
    void otherAutoencodersRankByCodeVarianceAndSampleAFittedGaussian() {
        try (AeExperiment experiment = ae(AeVariant.AE, 4)) {
            train(experiment, 20);
            LatentModel model = LatentModels.of(experiment).orElseThrow();
            HeldOutItems held = model.heldOutItems(AeLatentModel.MEASURED_ITEMS);
            CodeStatistics stats = CodeStatistics.of(model.encode(held.items(), held.count()), held.count(), 4);
            assertArrayEquals(stats.variance(), model.dimensionImportance(), 1e-12);

            float[] samples = model.samplePrior(20_000, 4);
            CodeStatistics fitted = CodeStatistics.of(samples, 20_000, 4);
            for (int j = 0; j < 4; j++) {
                assertEquals(stats.mean()[j], fitted.mean()[j], 0.05 * stats.std()[j] + 1e-6, "mean " + j);
                assertEquals(stats.std()[j], fitted.std()[j], 0.05 * stats.std()[j] + 1e-6, "std " + j);
            }
            assertTrue(CodeStatistics.of(model, 100).mean()[0] != 0, "an encoder's statistics are its codes'");
        }
    }

    @Test
    void experimentsWithoutALatentSpaceHaveNoModel() {
        Experiment<String> plain = new Experiment<>() {
            @Override
            public String config() {
                return "";
            }

            @Override
            public List<String> metricNames() {
                return List.of();
            }

            @Override
            public long steps() {
                return 0;
            }

            @Override
            public MetricPoint step(StepKind kind) {
                return null;
            }

            @Override
            public void applyLive(String config) {}

            @Override
            public Preview preview() {
                return null;
            }

            @Override
            public void saveCheckpoint(Path directory) {}

            @Override
            public void close() {}
        };
        assertTrue(LatentModels.of(plain).isEmpty());
        assertArrayEquals(new double[] {0, 0}, CodeStatistics.standardNormal(2).mean());
    }
}
