package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.data.HeldOutItems;
import org.generativa.data.ImageSet;
import org.generativa.family.CodeStatistics;
import org.generativa.family.LatentModel;
import org.generativa.testing.EngineTest;
import org.generativa.testing.Tiny;
import org.generativa.train.Experiment;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;

/** An autoencoder seen as a latent model: its encoder, decoder and held-out codes. */
class AeLatentModelTest extends EngineTest {

    private static AeExperiment ae(AeVariant variant, int code) {
        return new AeExperiment(root, DatasetLoader.forRun(DataSpec.of("digits")), Tiny.ae(variant, "digits", code));
    }

    private static void train(Experiment<?> experiment, int steps) {
        for (int i = 0; i < steps; i++) {
            experiment.step(StepKind.BOTH);
        }
    }

    @Test
    void aVaeEncodesToMeansAndRanksDimensionsByHeldOutKl() {
        try (AeExperiment experiment = ae(AeVariant.VAE, 3)) {
            train(experiment, 30);
            LatentModel model = AeFamily.INSTANCE.latentModel(experiment).orElseThrow();
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
            LatentModel model = AeFamily.INSTANCE.latentModel(experiment).orElseThrow();
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
}
