package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.GaussianMixture2D;
import org.generativa.data.SyntheticDigits;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.ImageGrid;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/** What the discriminator's first layer looks for, drawn like the pictures it judges. */
class GanFeaturesTest extends EngineTest {

    private static final SyntheticDigits DIGITS = new SyntheticDigits(0);
    private static final int GUTTER = GridRenderer.GUTTER;

    private static GanConfig digits(GanModelKind model) {
        return GanConfig.defaultsFor(model, DataSpec.of("digits"), DataKind.IMAGES).withHiddenWidth(16).withThreads(1);
    }

    @Test
    void aConvolutionalDiscriminatorShowsItsFirstFilters() {
        try (GanExperiment dcgan = new GanExperiment(m, DIGITS, digits(GanModelKind.DCGAN))) {
            ImageGrid filters = (ImageGrid) dcgan.learnedFeatures();
            assertEquals(4, filters.cellSize(), "4x4 kernels");
            assertEquals(8 * (4 + GUTTER) + GUTTER, filters.width(), "eight filters a row");
        }
    }

    @Test
    void aDenseDiscriminatorShowsEachUnitsWeightsOverThePixelsLeavingOutTheClass() {
        try (GanExperiment cgan = new GanExperiment(m, DIGITS, digits(GanModelKind.CGAN).withModel(GanModelKind.GAN))) {
            ImageGrid units = (ImageGrid) cgan.learnedFeatures();
            assertEquals(28, units.cellSize());
            assertEquals(2 * (28 + GUTTER) + GUTTER, units.height(), "16 units, two rows of eight");
        }
        try (GanExperiment cgan = new GanExperiment(m, DIGITS, digits(GanModelKind.CGAN))) {
            assertEquals(4, ((ImageGrid) cgan.learnedFeatures()).cellSize(), "the class maps beside the image are not drawn");
        }
        GanConfig points = GanConfig.defaultsFor(DataSpec.of("ring8"), DataKind.POINTS);
        try (GanExperiment ring = new GanExperiment(m, GaussianMixture2D.ring8(), points)) {
            assertNull(ring.learnedFeatures());
        }
    }
}
