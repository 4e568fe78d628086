package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.generativa.data.GaussianMixture2D;
import org.generativa.nn.Backend;
import org.generativa.data.DataSpec;
import org.generativa.train.MetricPoint;
import org.generativa.train.StepKind;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step of one player must not touch the other player's weights or leave gradients behind. */
class GanStepIsolationTest extends EngineTest {

    private static final int BATCH = 64;
    private static final double LR = 1e-3;
    private final SplittableRandom random = new SplittableRandom(3);
    private final GaussianMixture2D ring = GaussianMixture2D.ring8();

    @TempDir
    Path dir;

    private static GanConfig smallConfig(long seed) {
        return new GanConfig(GanConfig.MODEL, DataSpec.of("ring8"), GanLoss.NON_SATURATING, LR, LR, 0.5, BATCH, 4, 32, 1, seed, 1);
    }

    private VanillaGan newGan(long seed) {
        Backend.seed(seed);
        return new VanillaGan(m, smallConfig(seed), 2, false);
    }

    private NDArray realBatch() {
        return m.create(ring.sample(BATCH, random).values(), new Shape(BATCH, 2));
    }

    private static List<float[]> weights(Block block) {
        List<float[]> values = new ArrayList<>();
        for (Parameter p : block.getParameters().values()) {
            values.add(p.getArray().toFloatArray());
        }
        return values;
    }

    private static List<float[]> gradients(Block block) {
        List<float[]> values = new ArrayList<>();
        for (Parameter p : block.getParameters().values()) {
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

    private static void assertEveryParameterChanged(List<float[]> before, List<float[]> after, String what) {
        for (int i = 0; i < before.size(); i++) {
            assertFalse(java.util.Arrays.equals(before.get(i), after.get(i)), what + ": parameter " + i + " did not change");
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

    @Test
    void discriminatorStepChangesOnlyTheDiscriminator() {
        try (VanillaGan gan = newGan(1)) {
            for (int round = 0; round < 3; round++) {
                List<float[]> g0 = weights(gan.generator());
                List<float[]> d0 = weights(gan.discriminator());
                VanillaGan.DStats stats = gan.trainDiscriminator(realBatch());
                assertTrue(Float.isFinite(stats.loss()));
                assertBitIdentical(g0, weights(gan.generator()), "generator after a D step " + round);
                assertEveryParameterChanged(d0, weights(gan.discriminator()), "discriminator after a D step " + round);
                // Interleave G steps so that the D steps run after G has been trained too.
                gan.trainGenerator(m, BATCH);
            }
        }
    }

    @Test
    void generatorStepChangesOnlyTheGenerator() {
        try (VanillaGan gan = newGan(2)) {
            for (int round = 0; round < 3; round++) {
                List<float[]> g0 = weights(gan.generator());
                List<float[]> d0 = weights(gan.discriminator());
                VanillaGan.GStats stats = gan.trainGenerator(m, BATCH);
                assertTrue(stats.gradientNorm() > 0, "gradient norm " + stats.gradientNorm());
                assertBitIdentical(d0, weights(gan.discriminator()), "discriminator after a G step " + round);
                assertEveryParameterChanged(g0, weights(gan.generator()), "generator after a G step " + round);
                gan.trainDiscriminator(realBatch());
            }
        }
    }

    @Test
    void noStepLeavesGradientsOnEitherPlayer() {
        try (VanillaGan gan = newGan(3)) {
            StepKind[] sequence = {StepKind.G_ONLY, StepKind.G_ONLY, StepKind.D_ONLY, StepKind.D_ONLY, StepKind.G_ONLY, StepKind.D_ONLY};
            for (StepKind kind : sequence) {
                if (kind == StepKind.D_ONLY) {
                    gan.trainDiscriminator(realBatch());
                } else {
                    gan.trainGenerator(m, BATCH);
                }
                assertAllZero(gradients(gan.discriminator()), "discriminator gradients after " + kind);
                assertAllZero(gradients(gan.generator()), "generator gradients after " + kind);
            }
        }
    }

    /**
     * Grad mode is per thread and on by default on threads where the engine was not loaded. Even
     * there, D's step must not reach G: G's output is detached before D sees it.
     */
    @Test
    void discriminatorStepLeavesNoGradientOnTheGeneratorOnAThreadWithGradModeOn() throws Exception {
        try (VanillaGan gan = newGan(7)) {
            java.util.concurrent.CompletableFuture<List<float[]>> result = new java.util.concurrent.CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    ai.djl.pytorch.jni.JniUtils.setGradMode(true);
                    gan.trainGenerator(m, BATCH);
                    List<float[]> g0 = weights(gan.generator());
                    gan.trainDiscriminator(realBatch());
                    assertBitIdentical(g0, weights(gan.generator()), "generator after a D step");
                    result.complete(gradients(gan.generator()));
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
            thread.start();
            assertAllZero(result.get(60, java.util.concurrent.TimeUnit.SECONDS), "generator gradients after a D step with grad mode on");
        }
    }

    @Test
    void generatorStepUnfreezesTheDiscriminatorAgain() {
        try (VanillaGan gan = newGan(4)) {
            gan.trainGenerator(m, BATCH);
            for (Parameter p : gan.discriminator().getParameters().values()) {
                assertTrue(p.getArray().hasGradient(), p.getName() + " still frozen after the G step");
            }
        }
    }

    /**
     * Adam's first update moves each weight by lr * g / (|g| + eps'), i.e. by the learning rate
     * itself for any gradient that is not tiny. A stale gradient of the other player, or the wrong
     * rate, shows up here.
     */
    @Test
    void firstUpdatesMoveEachWeightByItsPlayersOwnLearningRate() {
        try (VanillaGan gan = newGan(5)) {
            gan.setLearningRates(2e-3, 5e-4);
            List<float[]> d0 = weights(gan.discriminator());
            gan.trainDiscriminator(realBatch());
            assertMovedBy(d0, weights(gan.discriminator()), 5e-4, "discriminator");
            List<float[]> g0 = weights(gan.generator());
            gan.trainGenerator(m, BATCH);
            assertMovedBy(g0, weights(gan.generator()), 2e-3, "generator");
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
        GanConfig config = smallConfig(6).withBatchSize(32);
        try (GanExperiment experiment = new GanExperiment(m, ring, config)) {
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
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(dir.resolve(a).resolve(name)),
                Files.readAllBytes(dir.resolve(b).resolve(name))), name + " did not change between " + a + " and " + b);
    }
}
