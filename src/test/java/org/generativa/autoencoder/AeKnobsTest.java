package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.function.Function;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.Moons2D;
import org.generativa.data.SyntheticDigits;
import org.generativa.nn.LayerActivation;
import org.generativa.nn.Upsampling;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;

/** The code's activation and its sparse off level, contaminated training data, codes larger than the input. */
class AeKnobsTest extends EngineTest {

    private static final SyntheticDigits DIGITS = new SyntheticDigits(0);

    private static AeConfig digits(AeVariant variant) {
        return AeConfig.defaultsFor(variant, DataSpec.of("digits"), DataKind.IMAGES).withThreads(1);
    }

    @Test
    void activityMeasuresTheDistanceAboveEachActivationsOffLevel() {
        NDArray code = m.create(new float[] {-1f, 0f, 1f});
        assertArrayEquals(new float[] {0f, 0.5f, 1f}, SparsityPenalty.activity(code, LayerActivation.TANH).toFloatArray(), 1e-6f);
        assertArrayEquals(code.toFloatArray(), SparsityPenalty.activity(code, LayerActivation.SIGMOID).toFloatArray(), 0f);
        double seluOff = LayerActivation.SELU.offLevel();
        assertEquals(-1.7581, seluOff, 1e-4);
        assertArrayEquals(new float[] {(float) (-1 - seluOff), (float) -seluOff, (float) (1 - seluOff)},
                SparsityPenalty.activity(code, LayerActivation.SELU).toFloatArray(), 1e-5f);
    }

    /** With tanh codes the KL penalty pushes units to -1 (off), so the mean activity (h + 1) / 2 falls towards rho. */
    @Test
    void aSparseTanhCodeRestsAtMinusOne() {
        AeConfig config = digits(AeVariant.SPARSE_AE).withActivation(LayerActivation.TANH).withCodeSize(32).withBatchSize(32);
        int rhoHat = AeMetrics.namesFor(config).indexOf(AeMetrics.RHO_HAT);
        try (AeExperiment sparse = new AeExperiment(root, DIGITS, config)) {
            double first = sparse.step(StepKind.BOTH).values()[rhoHat];
            double last = first;
            for (int i = 0; i < 300; i++) {
                last = sparse.step(StepKind.BOTH).values()[rhoHat];
            }
            assertTrue(first > 0.3 && last < 0.15, "mean activity " + first + " -> " + last + " (rho 0.05)");
            float[] codes = sparse.networks().encode(m.create(DIGITS.sample(64, new java.util.SplittableRandom(3)).values(),
                    new Shape(64, DIGITS.itemSize())), false).toFloatArray();
            int nearOff = 0;
            for (float h : codes) {
                nearOff += h < -0.8f ? 1 : 0;
            }
            assertTrue(nearOff > codes.length / 2, nearOff + " of " + codes.length + " code values near -1");
        }
    }

    @Test
    void eachNewChoiceIsRefusedInOneSentenceWhereItDoesNotApply() {
        assertRefused(DIGITS, digits(AeVariant.SPARSE_AE).withActivation(LayerActivation.RELU), "relu", "L1");
        assertRefused(DIGITS, digits(AeVariant.VAE).withActivation(LayerActivation.TANH), "vae");
        assertRefused(DIGITS, digits(AeVariant.AE).withUpsample(Upsampling.TRANSPOSED), "--upsample", "conv-ae");
        Moons2D moons = new Moons2D();
        AeConfig onPoints = AeConfig.defaultsFor(AeVariant.AE, DataSpec.of("moons"), DataKind.POINTS).withThreads(1);
        assertRefused(moons, onPoints.withContamination(Contamination.IMPULSE), "moons", "points");
    }

    private void assertRefused(Dataset data, AeConfig config, String... words) {
        InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> new AeExperiment(m, data, config).close());
        for (String word : words) {
            assertTrue(refusal.getMessage().contains(word), refusal.getMessage());
        }
    }

    @Test
    void contaminationSpoilsTheAskedShareOfPixelsOrImages() {
        NDArray zeros = m.zeros(new Shape(400, 100));
        Function<NDArray, Double> ones = x -> (double) x.gte(0.999f).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).mean()
                .getFloat();
        NoiseSource noise = NoiseSource.seeded(m, 7);
        assertEquals(0.1, ones.apply(Contamination.IMPULSE.apply(zeros, 0.2, noise)), 0.01, "half the hits are white");
        NDArray outliers = Contamination.OUTLIERS.apply(zeros, 0.25, noise);
        float[] rowMeans = outliers.mean(new int[] {1}).toFloatArray();
        int replaced = 0;
        for (float mean : rowMeans) {
            assertTrue(mean == 0f || Math.abs(mean - 0.5f) < 0.15f, "a row is either untouched or noise: " + mean);
            replaced += mean > 0 ? 1 : 0;
        }
        assertEquals(100, replaced, 30);
        assertEquals(zeros, Contamination.NONE.apply(zeros, 0.5, noise));
    }

    /** Deck 001: correntropy ignores what squared-error-like losses chase. Same seed, same impulse-contaminated data. */
    @Test
    void theRobustAutoencoderReconstructsCleanHeldOutDigitsBetterThanThePlainOneOnContaminatedData() {
        double plain = heldOutPsnr(digits(AeVariant.AE));
        double robust = heldOutPsnr(digits(AeVariant.ROBUST_AE));
        assertTrue(robust > plain + 1, "robust-ae " + robust + " dB, ae " + plain + " dB");
    }

    private static double heldOutPsnr(AeConfig config) {
        try (AeExperiment experiment = new AeExperiment(root, DIGITS, config.withSeed(3)
                .withContamination(Contamination.IMPULSE).withContaminationLevel(0.2))) {
            for (int i = 0; i < 1000; i++) {
                experiment.step(StepKind.BOTH);
            }
            return experiment.finalMetrics(null).get("heldout_psnr");
        }
    }

    @Test
    void annealedKernelStartsFourTimesWiderAndSettlesAtSigma() {
        assertEquals(2.0, DeterministicTrainer.annealedSigma(0.5, 0), 1e-12);
        assertEquals(1.25, DeterministicTrainer.annealedSigma(0.5, 250), 1e-12);
        assertEquals(0.5, DeterministicTrainer.annealedSigma(0.5, 500), 1e-12);
        assertEquals(0.5, DeterministicTrainer.annealedSigma(0.5, 10_000), 1e-12);
    }

    @Test
    void codesLargerThanTheInputAreAllowedAndNamedInANotice() {
        AeConfig overcomplete = digits(AeVariant.AE).withCodeSize(1000).withDepth(0);
        assertTrue(AeConfig.HYPERPARAMETERS.stream().filter(h -> h.key().equals("code")).findFirst().orElseThrow()
                .check("1000").isEmpty());
        try (AeExperiment experiment = new AeExperiment(root, DIGITS, overcomplete)) {
            experiment.step(StepKind.BOTH);
            assertEquals(1, AeConfigCheck.notices(overcomplete, DIGITS.itemSize()).size());
            assertTrue(AeConfigCheck.notices(overcomplete.withVariant(AeVariant.DENOISING_AE), DIGITS.itemSize()).isEmpty());
        }
    }

    /**
     * Decks 000 and 001: a stacked denoising autoencoder's first layer, pretrained on masked digits, gives back more of
     * a masked digit than the same layer pretrained on clean ones.
     */
    @Test
    void aStackedDenoisingAutoencodersFirstLayerRepairsMaskedDigits() {
        AeConfig stacked = digits(AeVariant.STACKED_AE).withPretrainSteps(300).withCorruption(CorruptionKind.MASKING)
                .withNoiseLevel(0.7).withSeed(4);
        double plain = firstLayerRepair(stacked);
        double denoising = firstLayerRepair(stacked.withDenoiseLayers(true));
        assertTrue(denoising > plain + 0.8, "PSNR gain on masked digits: denoising " + denoising + " dB, plain " + plain + " dB");
        assertRefused(DIGITS, digits(AeVariant.AE).withDenoiseLayers(true), "stacked-ae");
        assertRefused(DIGITS, digits(AeVariant.VAE).withPretrainSteps(5), "stacked-ae and conv-ae, not to vae");
    }

    /** After pretraining the first layer: PSNR of its reconstruction of masked held digits minus the masked input's. */
    private double firstLayerRepair(AeConfig config) {
        try (AeExperiment experiment = new AeExperiment(root, DIGITS, config)) {
            for (int i = 0; i < config.pretrainSteps(); i++) {
                experiment.step(StepKind.BOTH);
            }
            AeNetworks nets = experiment.networks();
            NDArray x = m.create(DIGITS.sample(256, new java.util.SplittableRandom(9)).values(), new Shape(256, DIGITS.itemSize()));
            NDArray masked = Corruption.apply(CorruptionKind.MASKING, x, 0.7, NoiseSource.seeded(m, 11), true);
            NDArray back = nets.decodeLayer(nets.layerCount() - 1, nets.encodeLayer(0, masked, false), false)
                    .getNDArrayInternal().sigmoid();
            return Psnr.meanPerImage(x, back) - Psnr.meanPerImage(x, masked);
        }
    }

    /** Deck 000 draws the convolutional encoder with max-pooling: it learns to reconstruct like the strided one. */
    @Test
    void aConvolutionalAutoencoderWithMaxPoolingLearns() {
        AeConfig config = digits(AeVariant.CONV_AE).withDownsample(org.generativa.nn.Downsampling.POOLING).withHiddenWidth(8)
                .withBatchSize(32);
        int recon = AeMetrics.namesFor(config).indexOf(AeMetrics.RECON);
        try (AeExperiment pooled = new AeExperiment(root, DIGITS, config)) {
            assertTrue(pooled.networks().encoder().toString().contains("maxPool2d"), pooled.networks().encoder().toString());
            double first = pooled.step(StepKind.BOTH).values()[recon];
            double last = first;
            for (int i = 0; i < 150; i++) {
                last = pooled.step(StepKind.BOTH).values()[recon];
            }
            assertTrue(last < 0.6 * first, "reconstruction loss " + first + " -> " + last);
        }
        assertRefused(DIGITS, digits(AeVariant.AE).withDownsample(org.generativa.nn.Downsampling.POOLING), "--downsample");
    }

    /**
     * The identity trap, measured: a plain autoencoder whose code is larger than the image lets more of a small change to
     * its input through to the reconstruction than one with a small code (the identity would let all of it through).
     */
    @Test
    void anOvercompletePlainAutoencoderCopiesMoreOfItsInputThanAnUndercompleteOne() {
        double small = copyGain(digits(AeVariant.AE).withCodeSize(32).withDepth(0));
        double large = copyGain(digits(AeVariant.AE).withCodeSize(1000).withDepth(0));
        assertTrue(large > 1.5 * small, "copy gain: code 1000 " + large + ", code 32 " + small);
    }

    private static double copyGain(AeConfig config) {
        try (AeExperiment experiment = new AeExperiment(root, DIGITS, config.withSeed(2))) {
            for (int i = 0; i < 300; i++) {
                experiment.step(StepKind.BOTH);
            }
            return experiment.finalMetrics(null).get("copy_gain");
        }
    }
}
