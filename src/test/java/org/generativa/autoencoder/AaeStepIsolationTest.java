package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.generativa.data.SyntheticDigits;
import org.generativa.nn.Downsampling;
import org.generativa.nn.ParameterGroup;
import org.generativa.nn.Upsampling;
import org.generativa.testing.EngineTest;
import org.generativa.train.MetricPoint;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The adversarial autoencoder's discriminator phase must not touch the encoder or decoder, its
 * reconstruction and generator phases must not touch the discriminator, and no phase leaves gradients; layer-wise
 * pretraining touches only the layer pair in training.
 */
class AaeStepIsolationTest extends EngineTest {

    private AeExperiment experiment(long seed) {
        AeConfig config = AeTrainingTest.digits(AeVariant.AAE).withCodeSize(2).withPrior(PriorKind.MIXTURE).withSeed(seed)
                .withBatchSize(16);
        return new AeExperiment(m, new SyntheticDigits(0), config);
    }

    private static List<float[]> weights(ParameterGroup group) {
        List<float[]> values = new ArrayList<>();
        for (Parameter p : group.parameters()) {
            values.add(p.getArray().toFloatArray());
        }
        return values;
    }

    private static void assertBitIdentical(List<float[]> before, List<float[]> after, String what) {
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            float[] a = before.get(i);
            float[] b = after.get(i);
            for (int j = 0; j < a.length; j++) {
                if (Float.floatToRawIntBits(a[j]) != Float.floatToRawIntBits(b[j])) {
                    throw new AssertionError(what + ": parameter " + i + " element " + j + " changed from " + a[j] + " to " + b[j]);
                }
            }
        }
    }

    private static void assertEveryParameterChanged(List<float[]> before, List<float[]> after, String what) {
        for (int i = 0; i < before.size(); i++) {
            assertFalse(Arrays.equals(before.get(i), after.get(i)), what + ": parameter " + i + " did not change");
        }
    }

    private static void assertNoGradients(ParameterGroup group, String what) {
        for (Parameter p : group.parameters()) {
            try (NDArray gradient = p.getArray().getGradient()) {
                for (float g : gradient.toFloatArray()) {
                    if (g != 0f) {
                        throw new AssertionError(what + ": " + p.getName() + " holds gradient " + g);
                    }
                }
            }
            assertTrue(p.getArray().hasGradient(), p.getName() + " still frozen after " + what);
        }
    }

    @Test
    void discriminatorStepChangesOnlyTheDiscriminator() {
        try (AeExperiment experiment = experiment(1)) {
            AeNetworks nets = experiment.networks();
            for (int round = 0; round < 3; round++) {
                List<float[]> ae0 = weights(nets.autoencoderParameters());
                List<float[]> d0 = weights(nets.discriminatorParameters());
                MetricPoint point = experiment.step(StepKind.D_ONLY);
                assertTrue(Double.isFinite(point.values()[2]), "adv_d");
                assertTrue(Double.isNaN(point.values()[1]) && Double.isNaN(point.values()[3]), "no reconstruction or generator phase");
                assertBitIdentical(ae0, weights(nets.autoencoderParameters()), "encoder and decoder after a D step " + round);
                assertEveryParameterChanged(d0, weights(nets.discriminatorParameters()), "discriminator after a D step " + round);
                experiment.step(StepKind.G_ONLY);
            }
        }
    }

    @Test
    void reconstructionAndGeneratorStepsLeaveTheDiscriminatorAlone() {
        try (AeExperiment experiment = experiment(2)) {
            AeNetworks nets = experiment.networks();
            for (int round = 0; round < 3; round++) {
                List<float[]> ae0 = weights(nets.autoencoderParameters());
                List<float[]> d0 = weights(nets.discriminatorParameters());
                MetricPoint point = experiment.step(StepKind.G_ONLY);
                assertTrue(Double.isNaN(point.values()[2]), "no discriminator phase");
                assertBitIdentical(d0, weights(nets.discriminatorParameters()), "discriminator after a G step " + round);
                assertEveryParameterChanged(ae0, weights(nets.autoencoderParameters()), "autoencoder after a G step " + round);
                experiment.step(StepKind.D_ONLY);
            }
        }
    }

    @Test
    void noPhaseLeavesGradientsBehind() {
        try (AeExperiment experiment = experiment(3)) {
            AeNetworks nets = experiment.networks();
            for (StepKind kind : List.of(StepKind.G_ONLY, StepKind.D_ONLY, StepKind.BOTH, StepKind.BOTH, StepKind.D_ONLY)) {
                MetricPoint point = experiment.step(kind);
                assertNoGradients(nets.autoencoderParameters(), "autoencoder after " + kind);
                assertNoGradients(nets.discriminatorParameters(), "discriminator after " + kind);
                if (kind == StepKind.BOTH) {
                    for (double v : point.values()) {
                        assertTrue(Double.isFinite(v), "every metric measured in a full step");
                    }
                }
            }
        }
    }

    /** Pretraining layer i updates only encoder layer i and its mirror. */
    @Test
    void stackedPretrainingTouchesOnlyTheLayerPairInTraining() {
        AeConfig config = AeTrainingTest.digits(AeVariant.STACKED_AE).withDepth(1).withPretrainSteps(2);
        try (AeExperiment experiment = new AeExperiment(m, new SyntheticDigits(0), config)) {
            AeNetworks nets = experiment.networks();
            List<float[]> first0 = weights(nets.layerPairParameters(0));
            List<float[]> second0 = weights(nets.layerPairParameters(1));
            experiment.step(StepKind.BOTH);
            experiment.step(StepKind.BOTH);
            List<float[]> first1 = weights(nets.layerPairParameters(0));
            assertEveryParameterChanged(first0, first1, "layer 1 pair while pretraining layer 1");
            assertBitIdentical(second0, weights(nets.layerPairParameters(1)), "layer 2 pair while pretraining layer 1");
            experiment.step(StepKind.BOTH);
            experiment.step(StepKind.BOTH);
            assertBitIdentical(first1, weights(nets.layerPairParameters(0)), "layer 1 pair while pretraining layer 2");
            assertEveryParameterChanged(second0, weights(nets.layerPairParameters(1)), "layer 2 pair while pretraining layer 2");
        }
    }

    /**
     * A conv-ae trained stage by stage (deck 000's convolutional autoencoder, greedily): its encoder splits into the
     * downsampling stages and the code layer, each paired with its mirror in the decoder, the pairs together hold
     * every parameter exactly once, and pretraining a stage leaves the other stages bit for bit as they were.
     */
    @ParameterizedTest
    @CsvSource({"strided, nearest", "pooling, transposed"})
    void convolutionalPretrainingTouchesOnlyTheStageInTraining(String downsample, String upsample) {
        AeConfig config = AeTrainingTest.digits(AeVariant.CONV_AE).withHiddenWidth(8).withPretrainSteps(2)
                .withDownsample(Downsampling.fromCliName(downsample)).withUpsample(Upsampling.fromCliName(upsample));
        try (AeExperiment experiment = new AeExperiment(m, new SyntheticDigits(0), config)) {
            AeNetworks nets = experiment.networks();
            int phase = AeMetrics.namesFor(config).indexOf(AeMetrics.PHASE);
            assertEquals(3, nets.layerCount(), "two stages from 28x28 down to 7x7, then the code layer");
            List<List<float[]>> before = new ArrayList<>();
            int held = 0;
            for (int stage = 0; stage < 3; stage++) {
                before.add(weights(nets.layerPairParameters(stage)));
                held += before.get(stage).size();
            }
            assertEquals(weights(nets.autoencoderParameters()).size(), held, "every parameter in exactly one pair");
            for (int stage = 0; stage < 3; stage++) {
                for (int step = 0; step < 2; step++) {
                    MetricPoint point = experiment.step(StepKind.BOTH);
                    assertEquals(stage + 1, point.values()[phase], "phase while pretraining stage " + (stage + 1));
                }
                for (int other = 0; other < 3; other++) {
                    List<float[]> now = weights(nets.layerPairParameters(other));
                    if (other == stage) {
                        assertEveryParameterChanged(before.get(other), now, "stage " + (stage + 1) + " while pretrained");
                    } else {
                        assertBitIdentical(before.get(other), now, "stage " + (other + 1) + " while stage " + (stage + 1) + " trains");
                    }
                    before.set(other, now);
                }
            }
            assertEquals(0.0, experiment.step(StepKind.BOTH).values()[phase], "then the whole network fine-tunes");
        }
    }
}
