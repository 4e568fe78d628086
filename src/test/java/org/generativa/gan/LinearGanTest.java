package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.SyntheticDigits;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/** Width 0: G is one learned point and D an affine function, the two players of the Dirac-GAN. */
class LinearGanTest extends EngineTest {

    private static GanConfig linear() {
        return GanConfig.defaultsFor(DataSpec.of("dirac"), DataKind.SCALARS).withHiddenWidth(0).withSeed(5).withThreads(1);
    }

    @Test
    void theGeneratorIgnoresItsNoiseAndTheDiscriminatorIsAffine() {
        try (GanNetworks nets = new GanNetworks(m, linear(), new int[] {1}, false, 0)) {
            float[] points = nets.generate(nets.noise(m, 50), null, false).toFloatArray();
            for (float p : points) {
                assertEquals(points[0], p, "one point whatever the noise");
            }
            NDArray x = m.create(new float[] {-3f, 0.5f, 4f, 0.75f}).reshape(4, 1);
            float[] d = nets.discriminate(x, null, false).toFloatArray();
            float slope = (d[2] - d[0]) / 7f;
            assertEquals(slope, (d[1] - d[0]) / 3.5f, 1e-5, "a straight line");
            assertEquals(d[1] + 0.25f * slope, d[3], 1e-5);
        }
    }

    @Test
    void convolutionalModelsRefuseAWidthTooSmallForTheirChannels() {
        GanConfig dcgan = linear().withModel(GanModelKind.DCGAN).withDataset("digits");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new GanExperiment(m, new SyntheticDigits(1), dcgan));
        assertEquals("The width 0 is too small for dcgan's convolutions: give at least 4 channels (0, linear networks, is for"
                + " fully connected GANs).", e.getMessage());
    }
}
