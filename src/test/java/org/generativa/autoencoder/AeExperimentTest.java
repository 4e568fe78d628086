package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.GaussianMixture1D;
import org.generativa.data.GaussianMixture2D;
import org.generativa.data.ImageSet;
import org.generativa.data.SyntheticDigits;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ClassifierProgress;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.preview.ImageGrid;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an experiment shows and refuses: previews, reports, final values, checkpoints, held-out data. */
class AeExperimentTest extends EngineTest {

    private static final SyntheticDigits DIGITS = new SyntheticDigits(0);

    @TempDir
    Path dir;

    private String refusal(Dataset data, AeConfig config) {
        return assertThrows(InvalidInputException.class, () -> new AeExperiment(m, data, config).close()).getMessage();
    }

    @Test
    void configurationsThatCannotTrainAreRefusedWithAReason() {
        GaussianMixture2D ring = GaussianMixture2D.ring8();
        Function<AeVariant, AeConfig> onPoints = v -> AeConfig.defaultsFor(v, DataSpec.of("ring8"), DataKind.POINTS);
        assertEquals("conv-ae needs image data, and ring8 holds 2-D points: choose ae, stacked-ae, denoising-ae, sparse-ae,"
                + " contractive-ae, robust-ae, vae or aae.", refusal(ring, onPoints.apply(AeVariant.CONV_AE)));
        assertEquals("code must be at least 1 and at most 4096, not 0.",
                refusal(DIGITS, AeTrainingTest.digits(AeVariant.AE).withCodeSize(0)));
        assertEquals("The linear switch applies to ae only, not to vae.",
                refusal(DIGITS, AeTrainingTest.digits(AeVariant.VAE).withLinear(true)));
        assertTrue(refusal(DIGITS, AeTrainingTest.digits(AeVariant.AAE).withTiedWeights(true)).startsWith("Tied weights apply to"));
        assertEquals("salt-and-pepper corruption is for pixels: use gaussian noise on ring8's 2-D points.",
                refusal(ring, onPoints.apply(AeVariant.DENOISING_AE).withCorruption(CorruptionKind.SALT_AND_PEPPER)));
        assertEquals("A Bernoulli decoder needs images in [0, 1]: use the gaussian likelihood on ring8's 2-D points.",
                refusal(ring, onPoints.apply(AeVariant.VAE).withLikelihood(Likelihood.BERNOULLI)));
        assertEquals("A Bernoulli decoder needs images in [0, 1]: use the gaussian likelihood on ring8's 2-D points.",
                refusal(ring, onPoints.apply(AeVariant.AE).withLikelihood(Likelihood.BERNOULLI)));
        assertEquals("robust-ae scores its reconstructions with the correntropy loss, so the gaussian likelihood does not"
                + " apply to it.", refusal(DIGITS, AeTrainingTest.digits(AeVariant.ROBUST_AE).withLikelihood(Likelihood.GAUSSIAN)));
        assertEquals("A linear autoencoder's code cannot be larger than the data: ring8 has 2 values per item, and the code"
                + " size is 3.", refusal(ring, onPoints.apply(AeVariant.AE).withLinear(true).withCodeSize(3)));
        assertEquals("Autoencoders take images or 2-D points, and bimodal holds 1-D values.",
                refusal(GaussianMixture1D.bimodal(), onPoints.apply(AeVariant.AE)));
    }

    @Test
    void aMixturePriorWithoutATwoDimensionalCodeFallsBackToGaussianAndSaysSo() {
        AeConfig config = AeTrainingTest.digits(AeVariant.AAE).withPrior(PriorKind.MIXTURE).withCodeSize(8);
        try (AeExperiment experiment = new AeExperiment(m, DIGITS, config)) {
            assertEquals(List.of("The mixture prior lives in the plane, so with a code of 8 dimensions the aae uses the"
                    + " Gaussian prior."), AeFamily.INSTANCE.notices(experiment));
        }
        assertEquals(PriorKind.GAUSSIAN, new CodePrior(PriorKind.MIXTURE, 8).kind());
        assertEquals(PriorKind.MIXTURE, new CodePrior(PriorKind.MIXTURE, 2).kind());
    }

    @Test
    void mixturePriorSamplesSitOnEightModesOfTheRing() {
        float[] codes = new CodePrior(PriorKind.MIXTURE, 2).sample(4000, new java.util.SplittableRandom(1));
        int[] perMode = new int[CodePrior.MODES];
        for (int i = 0; i < 4000; i++) {
            double angle = Math.atan2(codes[2 * i + 1], codes[2 * i]);
            int mode = (int) Math.round(angle / (2 * Math.PI / CodePrior.MODES));
            perMode[(mode + CodePrior.MODES) % CodePrior.MODES]++;
            double radius = Math.hypot(codes[2 * i], codes[2 * i + 1]);
            assertTrue(Math.abs(radius - CodePrior.RADIUS) < 6 * CodePrior.MODE_SIGMA, "radius " + radius);
        }
        for (int count : perMode) {
            assertEquals(500, count, 80);
        }
    }

    @Test
    void previewShowsLabelledRowsOfInputsAndReconstructions() {
        try (AeExperiment ae = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.AE));
                AeExperiment denoising = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.DENOISING_AE))) {
            ImageGrid grid = assertInstanceOf(ImageGrid.class, ae.preview());
            assertEquals(List.of("input", "reconstruction", "input", "reconstruction", "input", "reconstruction", "input",
                    "reconstruction"), grid.rowLabels());
            assertEquals(28, grid.cellSize());
            ImageGrid noisy = assertInstanceOf(ImageGrid.class, denoising.preview());
            assertEquals(List.of("clean", "corrupted", "reconstruction"), noisy.rowLabels().subList(0, 3));
            assertArrayEquals(noisy.bgra(), ((ImageGrid) denoising.preview()).bgra(), "the corruption shown is fixed");
            assertNull(ae.priorSamples());
        }
    }

    @Test
    void reportsCarryTheVectorsThatApply() {
        try (AeExperiment vae = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.VAE));
                AeExperiment sparse = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.SPARSE_AE));
                AeExperiment plain = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.AE))) {
            assertNull(vae.report(), "nothing measured before the first step");
            vae.step(StepKind.BOTH);
            sparse.step(StepKind.BOTH);
            plain.step(StepKind.BOTH);
            assertEquals(16, vae.report().klPerDimension().length);
            assertEquals(0, vae.report().rhoHat().length);
            assertNull(vae.report().priorCoverage());
            double[] rhoHat = sparse.report().rhoHat();
            assertEquals(16, rhoHat.length);
            assertEquals(sparse.finalMetrics(null).get(AeMetrics.RHO_HAT), java.util.Arrays.stream(rhoHat).average().orElseThrow(), 1e-5);
            assertNull(plain.report());
            ImageGrid prior = assertInstanceOf(ImageGrid.class, vae.priorSamples());
            assertEquals(8 * 30 + 2, prior.width());
        }
        AeConfig linear = AeTrainingTest.digits(AeVariant.AE).withLinear(true).withCodeSize(4);
        try (AeExperiment experiment = new AeExperiment(m, DIGITS, linear)) {
            experiment.step(StepKind.BOTH);
            double[] angles = experiment.report().principalAnglesDegrees();
            assertEquals(4, angles.length);
            assertEquals(angles[0], experiment.finalMetrics(null).get(AeMetrics.PCA_ANGLE_MAX_DEG), 1e-9);
        }
    }

    @Test
    void trainingNeverReadsTheHeldOutImages() {
        RecordingImages images = new RecordingImages(60);
        AeConfig config = AeTrainingTest.digits(AeVariant.AE).withBatchSize(8);
        try (AeExperiment experiment = new AeExperiment(m, images, config)) {
            assertEquals(12, experiment.heldOutCount());
            for (int i = 0; i < 30; i++) {
                experiment.step(StepKind.BOTH);
            }
            assertTrue(experiment.finalMetrics(null).get("heldout_recon") > 0);
        }
        assertTrue(images.readByTraining.size() > 30, "training read " + images.readByTraining.size() + " images");
        assertTrue(images.readByTraining.stream().allMatch(i -> i < 48), "training read " + images.readByTraining);
    }

    /** 60 tiny images; records which ones the data thread reads. */
    private static final class RecordingImages extends ImageSet {
        final Set<Integer> readByTraining = ConcurrentHashMap.newKeySet();
        private final int count;

        RecordingImages(int count) {
            this.count = count;
        }

        @Override
        public String name() {
            return "recorded";
        }

        @Override
        public int[] itemShape() {
            return new int[] {1, 4, 4};
        }

        @Override
        public List<String> labelNames() {
            return List.of();
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public void read(int index, float[] out, int offset) {
            if (Thread.currentThread().getName().equals("generativa-data")) {
                readByTraining.add(index);
            }
            for (int i = 0; i < 16; i++) {
                out[offset + i] = ((index * 7 + i) % 10) / 10f;
            }
        }

        @Override
        public int label(int index) {
            return -1;
        }
    }

    @Test
    void finalMetricsAverageTheLastStepsAndScorePriorSamplesWithAClassifier() {
        ReferenceClassifier classifier = ReferenceClassifier.train(DIGITS, ClassifierOptions.DEFAULT.withSteps(60).withThreads(1),
                ClassifierProgress.NONE, () -> false);
        try (classifier; AeExperiment vae = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.VAE))) {
            for (int i = 0; i < 5; i++) {
                vae.step(StepKind.BOTH);
            }
            Map<String, Double> result = vae.finalMetrics(classifier);
            assertTrue(result.keySet().containsAll(List.of("loss", "recon", "kl", "neg_elbo_nats", "active_units",
                    "heldout_recon", "heldout_kl", "heldout_neg_elbo_nats", "prior_recognisable", "prior_class_kl", "prior_fid")),
                    result.keySet().toString());
            double recognisable = result.get("prior_recognisable");
            assertTrue(recognisable >= 0 && recognisable <= 1);
            assertTrue(result.get("prior_fid") > 0);
            vae.attachClassifier(classifier);
            assertEquals(AeExperiment.REPORT_SAMPLES, vae.report().priorCoverage().samples());
        }
    }

    @Test
    void checkpointHoldsEachNetwork() throws Exception {
        try (AeExperiment aae = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.AAE))) {
            aae.step(StepKind.BOTH);
            aae.saveCheckpoint(dir);
        }
        for (String file : List.of("encoder.params", "decoder.params", "discriminator.params")) {
            assertTrue(Files.size(dir.resolve(file)) > 1000, file);
        }
    }

    @Test
    void liveChangesApplyBetweenStepsAndStructuralOnesWait() {
        AeConfig config = AeTrainingTest.digits(AeVariant.DENOISING_AE);
        try (AeExperiment experiment = new AeExperiment(m, DIGITS, config)) {
            double before = experiment.step(StepKind.BOTH).values()[2];
            experiment.applyLive(config.withNoiseLevel(0.05).withCodeSize(3).withBatchSize(16));
            assertEquals(0.05, experiment.config().noiseLevel());
            assertEquals(16, experiment.config().codeSize(), "the code size waits for a reset");
            double after = experiment.step(StepKind.BOTH).values()[2];
            assertTrue(after > before + 10, "psnr_in " + before + " -> " + after + " dB with a tenth of the noise");
        }
    }

    @Test
    void encodeAndDecodeWorkOnFlatArrays() {
        try (AeExperiment vae = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.VAE))) {
            float[] items = DIGITS.sample(3, new java.util.SplittableRandom(1)).values();
            float[] codes = vae.encode(items, 3);
            assertEquals(3 * 16, codes.length);
            float[] decoded = vae.decode(codes, 3);
            assertEquals(items.length, decoded.length);
            for (float v : decoded) {
                assertTrue(v >= 0 && v <= 1);
            }
            assertEquals(5 * 784, vae.samplePrior(5, 1).length);
        }
    }

    @Test
    void theFirstLayersWeightsAreDrawnOneTilePerUnitLaidOutLikeTheInput() {
        int gutter = org.generativa.preview.GridRenderer.GUTTER;
        try (AeExperiment dense = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.AE))) {
            ImageGrid tiles = (ImageGrid) dense.learnedFeatures();
            assertEquals(8 * (28 + gutter) + gutter, tiles.width(), "eight 28x28 tiles a row");
            assertEquals(tiles.width(), tiles.height(), "the 64 hidden units, eight rows");
            assertArrayEquals(tiles.bgra(), ((ImageGrid) dense.sidePreview()).bgra(), "shown beside the reconstructions");
        }
        try (AeExperiment conv = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.CONV_AE))) {
            ImageGrid filters = (ImageGrid) conv.learnedFeatures();
            assertEquals(4, filters.cellSize(), "4x4 kernels");
            assertEquals(8 * (4 + gutter) + gutter, filters.height(), "64 filters, eight rows");
        }
        try (AeExperiment vae = new AeExperiment(m, DIGITS, AeTrainingTest.digits(AeVariant.VAE))) {
            assertFalse(java.util.Arrays.equals(((ImageGrid) vae.learnedFeatures()).bgra(), ((ImageGrid) vae.sidePreview()).bgra()),
                    "a VAE's side view stays its prior samples");
        }
        AeConfig points = AeConfig.defaultsFor(AeVariant.AE, DataSpec.of("ring8"), DataKind.POINTS);
        try (AeExperiment ring = new AeExperiment(m, GaussianMixture2D.ring8(), points)) {
            assertNull(ring.learnedFeatures(), "2-D points have no picture to lay weights out on");
        }
    }
}
