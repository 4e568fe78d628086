package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.GaussianMixture2D;
import org.generativa.data.SyntheticDigits;
import org.generativa.nn.ParameterGroup;
import org.generativa.testing.EngineTest;
import org.generativa.train.MetricPoint;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A step of one player must not touch the other player's weights or leave gradients behind, for every model. */
class GanStepIsolationTest extends EngineTest {

    private static final int BATCH = 16;
    private static final double LR = 1e-3;

    @TempDir
    Path dir;

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(GanModelKind.GAN, "ring8"),
                Arguments.of(GanModelKind.CGAN, "ring8"),
                Arguments.of(GanModelKind.WGAN, "ring8"),
                Arguments.of(GanModelKind.WGAN_GP, "ring8"),
                Arguments.of(GanModelKind.GAN, "digits"),
                Arguments.of(GanModelKind.DCGAN, "digits"),
                Arguments.of(GanModelKind.CGAN, "digits"),
                Arguments.of(GanModelKind.WGAN, "digits"),
                Arguments.of(GanModelKind.WGAN_GP, "digits"));
    }

    private static Dataset data(String name) {
        return name.equals("ring8") ? GaussianMixture2D.ring8() : new SyntheticDigits(1);
    }

    private static GanConfig smallConfig(GanModelKind model, String data, long seed) {
        DataKind kind = data.equals("ring8") ? DataKind.POINTS : DataKind.IMAGES;
        GanConfig defaults = GanConfig.defaultsFor(model, DataSpec.of(data), kind);
        return defaults.withBatchSize(BATCH).withLatentSize(4).withHiddenWidth(kind == DataKind.IMAGES ? 8 : 32)
                .withSeed(seed).withThreads(1).withDStepsPerG(1).withLrG(LR).withLrD(LR);
    }

    private GanExperiment experiment(GanModelKind model, String data, long seed) {
        return new GanExperiment(m, data(data), smallConfig(model, data, seed));
    }

    /** Trainable weights only: batch-norm running statistics legitimately move whenever a network runs in training mode. */
    private static List<float[]> weights(ParameterGroup group) {
        List<float[]> values = new ArrayList<>();
        for (Parameter p : group.parameters()) {
            values.add(p.getArray().toFloatArray());
        }
        return values;
    }

    private static List<float[]> gradients(ParameterGroup group) {
        List<float[]> values = new ArrayList<>();
        for (Parameter p : group.parameters()) {
            try (NDArray gradient = p.getArray().getGradient()) {
                values.add(gradient.toFloatArray());
            }
        }
        return values;
    }

    private static void assertBitIdentical(List<float[]> before, List<float[]> after, String what) {
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            float[] a = before.get(i);
            float[] b = after.get(i);
            assertEquals(a.length, b.length);
            for (int j = 0; j < a.length; j++) {
                if (Float.floatToRawIntBits(a[j]) != Float.floatToRawIntBits(b[j])) {
                    throw new AssertionError(what + ": parameter " + i + " element " + j + " changed from " + a[j] + " to " + b[j]);
                }
            }
        }
    }

    private static void assertParametersChanged(List<float[]> before, List<float[]> after, int unchangedAllowed, String what) {
        int unchanged = 0;
        for (int i = 0; i < before.size(); i++) {
            if (Arrays.equals(before.get(i), after.get(i))) {
                unchanged++;
            }
        }
        assertTrue(unchanged <= unchangedAllowed, what + ": " + unchanged + " parameters did not change");
    }

    private static void assertWithin(List<float[]> weights, float bound, String what) {
        for (float[] tensor : weights) {
            for (float w : tensor) {
                assertTrue(Math.abs(w) <= bound, what + ": weight " + w + " outside [-" + bound + ", " + bound + "]");
            }
        }
    }

    private static void assertEveryParameterChanged(List<float[]> before, List<float[]> after, String what) {
        for (int i = 0; i < before.size(); i++) {
            assertFalse(Arrays.equals(before.get(i), after.get(i)), what + ": parameter " + i + " did not change");
        }
    }

    private static void assertAllZero(List<float[]> gradients, String what) {
        for (int i = 0; i < gradients.size(); i++) {
            float[] g = gradients.get(i);
            for (int j = 0; j < g.length; j++) {
                if (g[j] != 0f) {
                    throw new AssertionError(what + ": gradient " + i + " element " + j + " is " + g[j]);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("models")
    void discriminatorStepChangesOnlyTheDiscriminator(GanModelKind model, String data) {
        try (GanExperiment experiment = experiment(model, data, 1)) {
            GanNetworks nets = experiment.networks();
            for (int round = 0; round < 3; round++) {
                List<float[]> g0 = weights(nets.generatorParameters());
                List<float[]> d0 = weights(nets.discriminatorParameters());
                MetricPoint point = experiment.step(StepKind.D_ONLY);
                assertTrue(Double.isFinite(point.values()[0]), "loss_d " + point.values()[0]);
                assertBitIdentical(g0, weights(nets.generatorParameters()), "generator after a D step " + round);
                List<float[]> d1 = weights(nets.discriminatorParameters());
                if (model.clipsWeights()) {
                    // Weights pushed past the bound come back to it, so a tensor may not move; every weight stays in [-c, c].
                    assertParametersChanged(d0, d1, d0.size() - 1, "critic after a D step " + round);
                    assertWithin(d1, (float) experiment.config().clip(), "critic after a D step " + round);
                } else {
                    // A Wasserstein critic's output bias cancels out of mean D(fake) - mean D(real): its gradient is exactly 0.
                    assertParametersChanged(d0, d1, model.wasserstein() ? 1 : 0, "discriminator after a D step " + round);
                }
                experiment.step(StepKind.G_ONLY);
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("models")
    void generatorStepChangesOnlyTheGenerator(GanModelKind model, String data) {
        try (GanExperiment experiment = experiment(model, data, 2)) {
            GanNetworks nets = experiment.networks();
            for (int round = 0; round < 3; round++) {
                List<float[]> g0 = weights(nets.generatorParameters());
                List<float[]> d0 = weights(nets.discriminatorParameters());
                MetricPoint point = experiment.step(StepKind.G_ONLY);
                assertTrue(point.values()[4] > 0, "gradient norm " + point.values()[4]);
                assertBitIdentical(d0, weights(nets.discriminatorParameters()), "discriminator after a G step " + round);
                assertEveryParameterChanged(g0, weights(nets.generatorParameters()), "generator after a G step " + round);
                experiment.step(StepKind.D_ONLY);
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("models")
    void noStepLeavesGradientsOnEitherPlayerAndDIsTrainableAgain(GanModelKind model, String data) {
        try (GanExperiment experiment = experiment(model, data, 3)) {
            GanNetworks nets = experiment.networks();
            StepKind[] sequence = {StepKind.G_ONLY, StepKind.G_ONLY, StepKind.D_ONLY, StepKind.D_ONLY, StepKind.BOTH, StepKind.D_ONLY};
            for (StepKind kind : sequence) {
                experiment.step(kind);
                assertAllZero(gradients(nets.discriminatorParameters()), "discriminator gradients after " + kind);
                assertAllZero(gradients(nets.generatorParameters()), "generator gradients after " + kind);
                for (Parameter p : nets.discriminatorParameters().parameters()) {
                    assertTrue(p.getArray().hasGradient(), p.getName() + " still frozen after " + kind);
                }
            }
        }
    }

    /**
     * Grad mode is per thread and on by default on threads where the engine was not loaded. Even
     * there, D's step must not reach G: G's output is detached before D sees it.
     */
    @Test
    void discriminatorStepLeavesNoGradientOnTheGeneratorOnAThreadWithGradModeOn() throws Exception {
        try (GanExperiment experiment = experiment(GanModelKind.GAN, "ring8", 7)) {
            GanNetworks nets = experiment.networks();
            CompletableFuture<List<float[]>> result = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    JniUtils.setGradMode(true);
                    experiment.step(StepKind.G_ONLY);
                    List<float[]> g0 = weights(nets.generatorParameters());
                    experiment.step(StepKind.D_ONLY);
                    assertBitIdentical(g0, weights(nets.generatorParameters()), "generator after a D step");
                    result.complete(gradients(nets.generatorParameters()));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
            thread.start();
            assertAllZero(result.get(60, TimeUnit.SECONDS), "generator gradients after a D step with grad mode on");
        }
    }

    /**
     * Adam's first update moves each weight by lr * g / (|g| + eps'), i.e. by the learning rate
     * itself for any gradient that is not tiny. A stale gradient of the other player, or the wrong
     * rate, shows up here.
     */
    @Test
    void firstUpdatesMoveEachWeightByItsPlayersOwnLearningRate() {
        GanConfig config = smallConfig(GanModelKind.GAN, "ring8", 5).withLrG(2e-3).withLrD(5e-4).withBatchSize(64);
        try (GanExperiment experiment = new GanExperiment(m, GaussianMixture2D.ring8(), config)) {
            GanNetworks nets = experiment.networks();
            List<float[]> d0 = weights(nets.discriminatorParameters());
            experiment.step(StepKind.D_ONLY);
            assertMovedBy(d0, weights(nets.discriminatorParameters()), 5e-4, "discriminator");
            List<float[]> g0 = weights(nets.generatorParameters());
            experiment.step(StepKind.G_ONLY);
            assertMovedBy(g0, weights(nets.generatorParameters()), 2e-3, "generator");
        }
    }

    private static void assertMovedBy(List<float[]> before, List<float[]> after, double lr, String what) {
        int total = 0;
        int atRate = 0;
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < before.get(i).length; j++) {
                double delta = Math.abs(after.get(i)[j] - before.get(i)[j]);
                assertTrue(delta <= lr * 1.001 + 3e-7, what + " parameter " + i + " moved by " + delta);
                total++;
                if (delta >= 0.99 * lr) {
                    atRate++;
                }
            }
        }
        assertTrue(atRate > 0.8 * total, what + ": only " + atRate + " of " + total + " weights moved by the learning rate");
    }

    @Test
    void experimentStepKindsTouchOnlyTheirPlayerAsSeenInTheCheckpoint() throws Exception {
        GanConfig config = smallConfig(GanModelKind.GAN, "ring8", 6).withBatchSize(32);
        try (GanExperiment experiment = new GanExperiment(m, GaussianMixture2D.ring8(), config)) {
            experiment.saveCheckpoint(dir.resolve("0"));

            MetricPoint d = experiment.step(StepKind.D_ONLY);
            experiment.saveCheckpoint(dir.resolve("1"));
            assertSameFile("generator.params", "0", "1");
            assertDifferentFile("discriminator.params", "0", "1");
            assertEquals(1, d.step());
            assertTrue(Double.isFinite(d.values()[0]) && d.values()[0] > 0, "loss_d");
            assertTrue(Double.isNaN(d.values()[1]), "loss_g is not measured in a D step");
            assertTrue(d.values()[2] > 0 && d.values()[2] < 1, "d_real is a probability");
            assertTrue(d.values()[3] > 0 && d.values()[3] < 1, "d_fake is a probability");
            assertTrue(Double.isNaN(d.values()[4]), "grad_norm_g is not measured in a D step");

            MetricPoint g = experiment.step(StepKind.G_ONLY);
            experiment.saveCheckpoint(dir.resolve("2"));
            assertSameFile("discriminator.params", "1", "2");
            assertDifferentFile("generator.params", "1", "2");
            assertEquals(2, g.step());
            assertTrue(g.values()[1] > 0, "non-saturating loss_g = -mean log D(G(z)) > 0");
            assertTrue(g.values()[4] > 0, "grad_norm_g");
            assertTrue(Double.isNaN(g.values()[0]) && Double.isNaN(g.values()[2]) && Double.isNaN(g.values()[3]),
                    "D's metrics are not measured in a G step");

            MetricPoint both = experiment.step(StepKind.BOTH);
            experiment.saveCheckpoint(dir.resolve("3"));
            assertDifferentFile("discriminator.params", "2", "3");
            assertDifferentFile("generator.params", "2", "3");
            assertEquals(3, both.step());
            assertEquals(3, experiment.steps());
            for (double v : both.values()) {
                assertTrue(Double.isFinite(v), "all metrics measured in a full step");
            }
        }
    }

    private void assertSameFile(String name, String a, String b) throws Exception {
        assertArrayEquals(Files.readAllBytes(dir.resolve(a).resolve(name)), Files.readAllBytes(dir.resolve(b).resolve(name)),
                name + " changed between checkpoints " + a + " and " + b);
    }

    private void assertDifferentFile(String name, String a, String b) throws Exception {
        assertFalse(Arrays.equals(Files.readAllBytes(dir.resolve(a).resolve(name)),
                Files.readAllBytes(dir.resolve(b).resolve(name))), name + " did not change between " + a + " and " + b);
    }
}
