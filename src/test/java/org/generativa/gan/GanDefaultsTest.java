package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.junit.jupiter.api.Test;

/** The image recipe (measured with `bench quality`) and the points settings the labs' lessons were measured with. */
class GanDefaultsTest {

    private static GanConfig defaults(GanModelKind model, DataKind kind) {
        return GanConfig.defaultsFor(model, DataSpec.of(kind == DataKind.IMAGES ? "digits" : "ring8"), kind);
    }

    @Test
    void convolutionalGansOnImagesTrainNarrowWithSmallBatchesAndSampleFromTheAverage() {
        for (GanModelKind model : new GanModelKind[] {GanModelKind.DCGAN, GanModelKind.CGAN, GanModelKind.WGAN,
                GanModelKind.WGAN_GP}) {
            GanConfig c = defaults(model, DataKind.IMAGES);
            assertEquals(32, c.hiddenWidth(), model + " width");
            assertEquals(32, c.batchSize(), model + " batch");
            assertEquals(0.99, c.tricks().generatorAverage(), 0, model + " average of G");
        }
        assertEquals(1e-3, defaults(GanModelKind.DCGAN, DataKind.IMAGES).lrG(), 0);
        assertEquals(1e-3, defaults(GanModelKind.CGAN, DataKind.IMAGES).lrD(), 0);
        GanConfig wgan = defaults(GanModelKind.WGAN, DataKind.IMAGES);
        assertEquals(2, wgan.dStepsPerG());
        assertEquals(GanOptimizer.RMSPROP, wgan.optimizer(), "WGAN keeps RMSProp and clipping");
        assertEquals(0.01, wgan.clip(), 0);
        GanConfig gp = defaults(GanModelKind.WGAN_GP, DataKind.IMAGES);
        assertEquals(2e-4, gp.lrG(), 0);
        assertEquals(0, gp.beta1(), 0);
        assertEquals(2, gp.dStepsPerG());
        GanConfig gan = defaults(GanModelKind.GAN, DataKind.IMAGES);
        assertEquals(256, gan.hiddenWidth());
        assertEquals(64, gan.batchSize());
        assertEquals(5e-4, gan.lrG(), 0);
        assertEquals(0.99, gan.tricks().generatorAverage(), 0);
    }

    @Test
    void pointsKeepThePublishedWassersteinSettingsAndNoAverage() {
        GanConfig wgan = defaults(GanModelKind.WGAN, DataKind.POINTS);
        assertEquals(5, wgan.dStepsPerG());
        assertEquals(5e-4, wgan.lrG(), 0);
        assertEquals(5, defaults(GanModelKind.WGAN_GP, DataKind.POINTS).dStepsPerG());
        for (GanModelKind model : GanModelKind.values()) {
            assertEquals(0, defaults(model, DataKind.POINTS).tricks().generatorAverage(), 0, model.cliName());
        }
        assertEquals(256, defaults(GanModelKind.GAN, DataKind.POINTS).batchSize());
    }
}
