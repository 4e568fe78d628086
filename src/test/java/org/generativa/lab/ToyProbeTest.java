package org.generativa.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.gan.GanNetworks;
import org.generativa.gan.GanTricks;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;

class ToyProbeTest extends EngineTest {

    private static GanConfig config(String data, GanModelKind model) {
        return GanConfig.defaultsFor(model, DataSpec.of(data), DataKind.POINTS).withThreads(1);
    }

    @Test
    void aFrameHoldsTheWholePictureOfARing() {
        try (LabExperiment lab = new LabExperiment(root, DatasetLoader.forRun(DataSpec.of("ring8")),
                config("ring8", GanModelKind.GAN))) {
            for (int i = 0; i < 30; i++) {
                lab.step(StepKind.BOTH);
            }
            ToyFrame frame = lab.preview();
            assertEquals(30, frame.step());
            assertEquals(2 * ToyProbe.SHOWN_POINTS, frame.fake().length);
            assertEquals(2 * ToyProbe.SHOWN_POINTS, frame.real().length);
            assertEquals(ToyProbe.ARROWS, frame.arrowCount());
            assertEquals(ToyProbe.HEAT_SIDE * ToyProbe.HEAT_SIDE, frame.heat().length);
            assertEquals(2 * ToyProbe.MANIFOLD_SIDE * ToyProbe.MANIFOLD_SIDE, frame.manifold().length);
            assertEquals(3.0, frame.xMax(), 1e-9, "ring of radius 2: 1.25 x 2 + 0.5");
            assertTrue(frame.heatIsProbability());
            for (float d : frame.heat()) {
                assertTrue(d >= 0 && d <= 1, "D(x) is a probability: " + d);
            }
            double longest = 0;
            for (int i = 0; i < frame.arrowCount(); i++) {
                longest = Math.max(longest, Math.hypot(frame.arrows()[2 * i], frame.arrows()[2 * i + 1]));
            }
            assertEquals(0.2 * frame.xMax(), longest, 1e-5, "the longest arrow is a tenth of the plot's width");
            assertEquals(8, frame.coverage().modes());
            assertEquals(ToyProbe.MEASURED_POINTS, java.util.Arrays.stream(frame.coverage().samplesPerMode()).sum());
        }
    }

    @Test
    void arrowsPointDownhillOnTheGeneratorsLoss() {
        GanConfig config = config("ring8", GanModelKind.GAN).withLoss(GanLoss.MINIMAX);
        try (GanExperiment gan = new GanExperiment(root, DatasetLoader.forRun(config.dataset()), config);
                ToyProbe probe = new ToyProbe(root, gan)) {
            for (int i = 0; i < 20; i++) {
                gan.step(StepKind.D_ONLY);
            }
            ToyFrame frame = probe.frame();
            GanNetworks nets = gan.networks();
            double h = 1e-3;
            for (int i = 0; i < 5; i++) {
                float x = frame.fake()[2 * i];
                float y = frame.fake()[2 * i + 1];
                double gx = (loss(nets, x + h, y) - loss(nets, x - h, y)) / (2 * h);
                double gy = (loss(nets, x, y + h) - loss(nets, x, y - h)) / (2 * h);
                double ax = frame.arrows()[2 * i];
                double ay = frame.arrows()[2 * i + 1];
                double cosine = -(gx * ax + gy * ay) / (Math.hypot(gx, gy) * Math.hypot(ax, ay));
                assertEquals(1.0, cosine, 1e-2, "arrow " + i + " is minus the finite-difference gradient");
            }
        }
    }

    @Test
    void theCanvasDrawsGItselfNotTheAverageThatSamplesComeFrom() {
        float[][] drawn = new float[2][];
        double[] averages = {0, 0.999};
        for (int run = 0; run < 2; run++) {
            GanConfig config = config("ring8", GanModelKind.GAN).withSeed(4)
                    .withTricks(GanTricks.NONE.withGeneratorAverage(averages[run]));
            try (GanExperiment gan = new GanExperiment(root, DatasetLoader.forRun(config.dataset()), config);
                    ToyProbe probe = new ToyProbe(root, gan)) {
                for (int i = 0; i < 40; i++) {
                    gan.step(StepKind.BOTH);
                }
                drawn[run] = probe.frame().fake();
            }
        }
        assertArrayEquals(drawn[0], drawn[1], 0f, "the average only changes the samples the metrics are measured on");
    }

    private double loss(GanNetworks nets, double x, double y) {
        NDArray point = m.create(new float[] {(float) x, (float) y}, new Shape(1, 2));
        return GanLoss.MINIMAX.generatorLoss(nets.discriminate(point, null, false)).getFloat();
    }

    @Test
    void oneDimensionalDataHasCurvesAndNoManifold() {
        try (LabExperiment lab = new LabExperiment(root, DatasetLoader.forRun(DataSpec.of("bimodal")),
                config("bimodal", GanModelKind.WGAN_GP))) {
            lab.step(StepKind.BOTH);
            ToyFrame frame = lab.preview();
            assertEquals(1, frame.dimensions());
            assertEquals(ToyProbe.HEAT_SIDE, frame.heat().length, "D(x) as a curve");
            assertNull(frame.manifold());
            assertTrue(!frame.heatIsProbability(), "a critic's value is not a probability");
            assertEquals(ToyProbe.SHOWN_POINTS, frame.fakeCount());
        }
    }

    @Test
    void imagesAndConditionalModelsAreRefusedWithAReason() {
        String images = assertThrows(InvalidInputException.class, () -> new LabExperiment(root,
                DatasetLoader.forRun(DataSpec.of("digits")), config("digits", GanModelKind.GAN))).getMessage();
        assertEquals("The lab trains on mixtures with known modes (ring8, grid25, bimodal, dirac), and digits is a set of images.",
                images);
        String conditional = assertThrows(InvalidInputException.class, () -> new LabExperiment(root,
                DatasetLoader.forRun(DataSpec.of("ring8")), config("ring8", GanModelKind.CGAN))).getMessage();
        assertEquals("The lab shows unconditional GANs: choose gan, wgan or wgan-gp.", conditional);
    }
}
