package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.GaussianMixture2D;
import org.generativa.nn.Backend;
import org.generativa.testing.EngineTest;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting;
import org.junit.jupiter.api.Test;

/** PacGAN: D judges packs of m samples, all real or all fake, concatenated into one input. */
class GanPackingTest extends EngineTest {

    private static GanConfig points(int packing, int batch) {
        return GanConfig.defaultsFor(DataSpec.of("ring8"), DataKind.POINTS).withBatchSize(batch).withLatentSize(4)
                .withHiddenWidth(16).withSeed(11).withThreads(1)
                .withTricks(GanTricks.NONE.withPacking(packing));
    }

    private static float[] sequence(int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    @Test
    void packingIsOffByDefaultAndAStructureSettingOnTheCommandLineAndForm() {
        GanConfig c = GanConfig.defaultsFor(DataSpec.of("ring8"), DataKind.POINTS);
        assertEquals(1, c.tricks().packing());
        assertEquals(0, c.tricks().unrolledSteps());
        Hyperparameter<GanConfig> packing = GanConfig.HYPERPARAMETERS.stream().filter(h -> h.key().equals("packing")).findFirst().orElseThrow();
        Hyperparameter<GanConfig> unrolled = GanConfig.HYPERPARAMETERS.stream().filter(h -> h.key().equals("unrolled")).findFirst().orElseThrow();
        assertEquals(Setting.Applies.ON_RESET, packing.applies());
        assertEquals(Setting.Applies.LIVE, unrolled.applies());
        assertEquals(4, packing.with(c, 4L).tricks().packing());
        assertEquals(3, unrolled.with(c, 3L).tricks().unrolledSteps());
        assertTrue(!GanFamily.INSTANCE.sameStructure(c, packing.with(c, 4L)), "packing changes D's input, so it needs a fresh model");
        assertTrue(GanFamily.INSTANCE.sameStructure(c, unrolled.with(c, 3L)));
        for (GanModelKind model : GanModelKind.values()) {
            assertTrue(GanConfig.hyperparametersFor(c.withModel(model), DataKind.POINTS).containsAll(java.util.List.of(packing, unrolled)));
        }
        assertEquals(1, new GanTricks(0, 0, 0, 0, false, 0, 0, 0, 0).packing(), "configs saved before packing existed");
    }

    @Test
    void packsOfPointsAreConsecutiveSamplesSideBySide() {
        try (GanNetworks nets = new GanNetworks(m, points(3, 12), new int[] {2}, false, 0)) {
            NDArray batch = m.create(sequence(24), new Shape(12, 2));
            NDArray packed = nets.pack(nets.shapeForD(batch));
            assertEquals(new Shape(4, 6), packed.getShape());
            assertArrayEquals(new float[] {6, 7, 8, 9, 10, 11}, packed.get(1).toFloatArray());
            assertEquals(new Shape(4), nets.discriminate(packed, null, false).getShape(), "one output per pack");
            Parameter first = nets.discriminator().getParameters().get(0).getValue();
            assertEquals(6, first.getArray().getShape().get(1), "D's first layer reads 3 x 2 inputs");
            NDArray classes = m.create(new float[] {1, 0, 0, 1, 1, 0}, new Shape(3, 2));
            assertArrayEquals(new float[] {1, 0, 0, 1, 1, 0}, nets.pack(classes).toFloatArray());
            assertEquals(new Shape(1, 6), nets.pack(classes).getShape());
        }
    }

    @Test
    void packsOfImagesAreStackedAlongChannels() {
        GanConfig config = GanConfig.defaultsFor(GanModelKind.DCGAN, DataSpec.of("digits"), DataKind.IMAGES)
                .withHiddenWidth(8).withBatchSize(6).withThreads(1).withTricks(GanTricks.NONE.withPacking(2));
        try (GanNetworks nets = new GanNetworks(m, config, new int[] {1, 28, 28}, true, 0)) {
            NDArray batch = m.create(sequence(6 * 784), new Shape(6, 784));
            NDArray packed = nets.pack(nets.shapeForD(batch));
            assertEquals(new Shape(3, 2, 28, 28), packed.getShape());
            assertEquals(4 * 784 + 5, packed.getFloat(2, 0, 0, 5), "pack 2, channel 0 is item 4");
            assertEquals(5 * 784 + 28 + 1, packed.getFloat(2, 1, 1, 1), "pack 2, channel 1 is item 5");
            assertEquals(new Shape(3), nets.discriminate(packed, null, true).getShape());
            assertEquals(new Shape(6), nets.discriminateEach(batch, null, false).getShape());
        }
    }

    @Test
    void eachPointIsJudgedAsAPackOfMIdenticalCopies() {
        try (GanNetworks nets = new GanNetworks(m, points(4, 8), new int[] {2}, false, 0)) {
            float[] xs = {0.5f, -1f, 2f, 0.25f, -0.75f, 1.5f};
            float[] copies = new float[3 * 4 * 2];
            for (int p = 0; p < 3; p++) {
                for (int c = 0; c < 4; c++) {
                    copies[p * 8 + 2 * c] = xs[2 * p];
                    copies[p * 8 + 2 * c + 1] = xs[2 * p + 1];
                }
            }
            float[] expected = nets.discriminate(m.create(copies, new Shape(3, 8)), null, false).toFloatArray();
            float[] each = nets.discriminateEach(m.create(xs, new Shape(3, 2)), null, false).toFloatArray();
            assertArrayEquals(expected, each, 0f);
            assertTrue(expected[0] != expected[1], "different points, different scores");
        }
    }

    /** D's loss and scores are the textbook ones over packs: n samples per side make n / m terms. */
    @Test
    void discriminatorStepScoresPacksWithTheTextbookLoss() {
        GanConfig config = points(4, 16);
        GaussianMixture2D ring = GaussianMixture2D.ring8();
        try (GanNetworks nets = new GanNetworks(m, config, new int[] {2}, false, 0)) {
            GanTrainer trainer = new GanTrainer(nets, config, 2);
            float[] realValues = ring.sample(16, new java.util.SplittableRandom(1)).values();
            NDArray real = m.create(realValues, new Shape(16, 2));
            Backend.seed(77);
            NDArray fake = nets.generate(nets.noise(m, 16), null, true);
            float[] realOut = nets.discriminate(nets.pack(real), null, true).toFloatArray();
            float[] fakeOut = nets.discriminate(nets.pack(fake), null, true).toFloatArray();
            assertEquals(4, realOut.length);
            double expectedLoss = 0;
            double expectedReal = 0;
            double expectedFake = 0;
            for (int i = 0; i < 4; i++) {
                expectedLoss += (softplus(-realOut[i]) + softplus(fakeOut[i])) / 4;
                expectedReal += sigmoid(realOut[i]) / 4;
                expectedFake += sigmoid(fakeOut[i]) / 4;
            }
            Backend.seed(77);
            GanTrainer.DStats stats = trainer.trainDiscriminator(m, real, null);
            assertEquals(expectedLoss, stats.loss(), 1e-5);
            assertEquals(expectedReal, stats.scoreReal(), 1e-6);
            assertEquals(expectedFake, stats.scoreFake(), 1e-6);
            assertEquals(0, stats.tp() * 4 % 1, 1e-6, "shares of 4 packs");
        }
    }

    private static double softplus(double x) {
        return Math.log1p(Math.exp(x));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void aBatchThatPacksDoNotDivideIsRefusedNamingBothNumbers() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new GanExperiment(m, GaussianMixture2D.ring8(), points(3, 100)));
        assertEquals("The batch size 100 is not divisible by the packing 3: D judges packs of 3 samples, so choose a batch"
                + " size that is a multiple of 3.", e.getMessage());
        try (GanExperiment experiment = new GanExperiment(m, GaussianMixture2D.ring8(), points(4, 64))) {
            InvalidInputException live = assertThrows(InvalidInputException.class,
                    () -> experiment.applyLive(experiment.config().withBatchSize(30)));
            assertTrue(live.getMessage().contains("30") && live.getMessage().contains("packing 4"), live.getMessage());
            assertEquals(64, experiment.config().batchSize(), "the refused change is not applied");
            experiment.applyLive(experiment.config().withBatchSize(32));
            assertEquals(32, experiment.config().batchSize());
        }
        try (GanNetworks nets = new GanNetworks(m, points(4, 64), new int[] {2}, false, 0)) {
            GanTrainer trainer = new GanTrainer(nets, points(4, 64), 2);
            assertThrows(InvalidInputException.class, () -> trainer.trainGenerator(m, 10));
        }
    }
}
