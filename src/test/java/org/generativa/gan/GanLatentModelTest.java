package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.data.HeldOutItems;
import org.generativa.family.CodeStatistics;
import org.generativa.family.LatentModel;
import org.generativa.latent.LatentMath;
import org.generativa.testing.EngineTest;
import org.generativa.testing.StubExperiment;
import org.generativa.testing.Tiny;
import org.generativa.train.Experiment;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;

/** A GAN's generator seen as a latent model. */
class GanLatentModelTest extends EngineTest {

    private static GanExperiment gan(GanModelKind kind) {
        return new GanExperiment(root, DatasetLoader.forRun(DataSpec.of("digits")), Tiny.gan(kind, "digits"));
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
            LatentModel model = GanFamily.INSTANCE.latentModel(experiment).orElseThrow();
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
            assertEquals(60_000 - HeldOutItems.HELD_OUT_IMAGES, held.indices()[0], "the images an autoencoder holds out");
            assertEquals(10, held.count());

            float[] one = model.decode(LatentMath.row(codes, 1, 4), 1, null);
            assertArrayEquals(Arrays.copyOfRange(images, 784, 2 * 784), one, 1e-5f, "a code decodes alone as in a batch");
        }
    }

    @Test
    void aConditionalGanTakesAClassPerCode() {
        try (GanExperiment experiment = gan(GanModelKind.CGAN)) {
            train(experiment, 2);
            LatentModel model = GanFamily.INSTANCE.latentModel(experiment).orElseThrow();
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
    void experimentsWithoutALatentSpaceHaveNoModel() {
        Experiment<GanConfig> plain = new StubExperiment<>();
        assertTrue(GanFamily.INSTANCE.latentModel(plain).isEmpty(), "only the family's own experiments have its latent space");
        assertArrayEquals(new double[] {0, 0}, CodeStatistics.standardNormal(2).mean());
    }
}
