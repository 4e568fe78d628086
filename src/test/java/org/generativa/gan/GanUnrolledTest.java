package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.GaussianMixture2D;
import org.generativa.data.SyntheticDigits;
import org.generativa.nn.ParameterGroup;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Unrolled GAN, alone and together with packing: D comes back exactly, G sees the unrolled D, players stay apart. */
class GanUnrolledTest extends EngineTest {

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(GanModelKind.GAN, "ring8", 1),
                Arguments.of(GanModelKind.GAN, "ring8", 4),
                Arguments.of(GanModelKind.WGAN, "ring8", 2),
                Arguments.of(GanModelKind.WGAN_GP, "ring8", 4),
                Arguments.of(GanModelKind.CGAN, "ring8", 2),
                Arguments.of(GanModelKind.DCGAN, "digits", 2),
                Arguments.of(GanModelKind.WGAN_GP, "digits", 2));
    }

    private static Dataset data(String name) {
        return name.equals("ring8") ? GaussianMixture2D.ring8() : new SyntheticDigits(1);
    }

    private static GanConfig config(GanModelKind model, String data, int packing, int unrolled, long seed) {
        DataKind kind = data.equals("ring8") ? DataKind.POINTS : DataKind.IMAGES;
        return GanConfig.defaultsFor(model, DataSpec.of(data), kind).withBatchSize(16).withLatentSize(4)
                .withHiddenWidth(kind == DataKind.IMAGES ? 8 : 32).withSeed(seed).withThreads(1).withDStepsPerG(1)
                .withLrG(1e-3).withLrD(1e-3)
                .withTricks(GanTricks.NONE.withPacking(packing).withUnrolledSteps(unrolled).withReplayBatches(2));
    }

    private static List<int[]> bits(List<Parameter> parameters) {
        List<int[]> values = new ArrayList<>();
        for (Parameter p : parameters) {
            float[] v = p.getArray().toFloatArray();
            int[] b = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                b[i] = Float.floatToRawIntBits(v[i]);
            }
            values.add(b);
        }
        return values;
    }

    private static List<Parameter> all(ai.djl.nn.Block block) {
        List<Parameter> list = new ArrayList<>();
        block.getParameters().values().forEach(list::add);
        return list;
    }

    private static List<int[]> stateBits(ParameterGroup group, ai.djl.ndarray.NDManager m) {
        List<int[]> values = new ArrayList<>();
        ParameterGroup.Snapshot snapshot = group.snapshot(m);
        for (NDArray a : snapshot.optimizerState().slots().values()) {
            float[] v = a.toFloatArray();
            int[] b = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                b[i] = Float.floatToRawIntBits(v[i]);
            }
            values.add(b);
        }
        values.add(new int[] {snapshot.optimizerState().numUpdate()});
        return values;
    }

    private static void assertSame(List<int[]> a, List<int[]> b, String what) {
        assertEquals(a.size(), b.size(), what);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i), what + ": array " + i);
        }
    }

    private static boolean same(List<int[]> a, List<int[]> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return a.size() == b.size();
    }

    @ParameterizedTest(name = "{0} on {1}, packing {2}")
    @MethodSource("models")
    void anUnrolledGeneratorStepPutsDBackBitForBitWithItsOptimizerState(GanModelKind model, String data, int packing) {
        try (GanExperiment experiment = new GanExperiment(m, data(data), config(model, data, packing, 3, 1))) {
            GanNetworks nets = experiment.networks();
            experiment.step(StepKind.BOTH);
            experiment.step(StepKind.BOTH);
            for (int round = 0; round < 2; round++) {
                List<int[]> d0 = bits(all(nets.discriminator()));
                List<int[]> state0 = stateBits(nets.discriminatorParameters(), m);
                List<int[]> g0 = bits(nets.generatorParameters().parameters());
                experiment.step(StepKind.G_ONLY);
                assertSame(d0, bits(all(nets.discriminator())), "D (with any batch-norm statistics) after an unrolled G step");
                assertSame(state0, stateBits(nets.discriminatorParameters(), m), "D's optimizer state after an unrolled G step");
                assertFalse(same(g0, bits(nets.generatorParameters().parameters())), "G moved");
                for (Parameter p : nets.discriminatorParameters().parameters()) {
                    assertTrue(p.getArray().hasGradient(), "D is trainable again");
                }
                List<int[]> gBefore = bits(nets.generatorParameters().parameters());
                List<int[]> dBefore = bits(nets.discriminatorParameters().parameters());
                experiment.step(StepKind.D_ONLY);
                assertSame(gBefore, bits(nets.generatorParameters().parameters()), "G after a D step");
                assertFalse(same(dBefore, bits(nets.discriminatorParameters().parameters())), "D moved");
            }
        }
    }

    @ParameterizedTest(name = "{0} on {1}, packing {2}")
    @MethodSource("models")
    void withBothTricksNeitherPlayersStepTouchesTheOtherPlayer(GanModelKind model, String data, int packing) {
        try (GanExperiment experiment = new GanExperiment(m, data(data), config(model, data, packing, 2, 2))) {
            GanNetworks nets = experiment.networks();
            StepKind[] sequence = {StepKind.D_ONLY, StepKind.G_ONLY, StepKind.BOTH, StepKind.G_ONLY, StepKind.D_ONLY};
            for (StepKind kind : sequence) {
                List<int[]> g0 = bits(nets.generatorParameters().parameters());
                List<int[]> d0 = bits(nets.discriminatorParameters().parameters());
                experiment.step(kind);
                if (kind == StepKind.D_ONLY) {
                    assertSame(g0, bits(nets.generatorParameters().parameters()), "G after a D step");
                }
                if (kind == StepKind.G_ONLY) {
                    assertSame(d0, bits(nets.discriminatorParameters().parameters()), "D after a G step");
                }
                for (Parameter p : nets.discriminatorParameters().parameters()) {
                    try (NDArray gradient = p.getArray().getGradient()) {
                        assertEquals(0f, gradient.abs().sum().getFloat(), "D gradients left after " + kind);
                    }
                }
                for (Parameter p : nets.generatorParameters().parameters()) {
                    try (NDArray gradient = p.getArray().getGradient()) {
                        assertEquals(0f, gradient.abs().sum().getFloat(), "G gradients left after " + kind);
                    }
                }
            }
        }
    }

    /**
     * The first-order unrolled G update is the G update a twin run takes after k real D steps on the
     * same batches and noise, and it differs from the update against the current D (k = 0).
     */
    @Test
    void theGeneratorIsUpdatedAgainstTheDiscriminatorKStepsAhead() {
        int k = 3;
        GanConfig unrolledConfig = config(GanModelKind.GAN, "ring8", 1, k, 5).withTricks(GanTricks.NONE.withUnrolledSteps(k));
        List<int[]> unrolledG;
        List<int[]> dBefore;
        try (GanExperiment unrolled = new GanExperiment(m, GaussianMixture2D.ring8(), unrolledConfig)) {
            unrolled.step(StepKind.D_ONLY);
            dBefore = bits(unrolled.networks().discriminatorParameters().parameters());
            unrolled.step(StepKind.G_ONLY);
            unrolledG = bits(unrolled.networks().generatorParameters().parameters());
            assertSame(dBefore, bits(unrolled.networks().discriminatorParameters().parameters()), "D restored");
        }
        GanConfig plain = unrolledConfig.withTricks(GanTricks.NONE);
        try (GanExperiment twin = new GanExperiment(m, GaussianMixture2D.ring8(), plain)) {
            twin.step(StepKind.D_ONLY);
            assertSame(dBefore, bits(twin.networks().discriminatorParameters().parameters()), "twins agree before the G step");
            for (int i = 0; i < k; i++) {
                twin.step(StepKind.D_ONLY);
            }
            twin.step(StepKind.G_ONLY);
            assertSame(unrolledG, bits(twin.networks().generatorParameters().parameters()), "G after k D steps then a G step");
        }
        try (GanExperiment notUnrolled = new GanExperiment(m, GaussianMixture2D.ring8(), plain)) {
            notUnrolled.step(StepKind.D_ONLY);
            notUnrolled.step(StepKind.G_ONLY);
            assertFalse(same(unrolledG, bits(notUnrolled.networks().generatorParameters().parameters())),
                    "the unrolled update differs from the plain one");
        }
    }

    @Test
    void unrollingIsALiveSettingAndNeedsRealBatches() {
        GanConfig config = config(GanModelKind.GAN, "ring8", 1, 0, 3);
        try (GanExperiment experiment = new GanExperiment(m, GaussianMixture2D.ring8(), config)) {
            experiment.step(StepKind.BOTH);
            experiment.applyLive(config.withTricks(config.tricks().withUnrolledSteps(5)));
            assertEquals(5, experiment.config().tricks().unrolledSteps());
            List<int[]> d0 = bits(experiment.networks().discriminatorParameters().parameters());
            experiment.step(StepKind.G_ONLY);
            assertSame(d0, bits(experiment.networks().discriminatorParameters().parameters()), "D restored");
            GanTrainer trainer = new GanTrainer(experiment.networks(), experiment.config(), 2);
            assertThrows(IllegalStateException.class, () -> trainer.trainGenerator(m, 16));
        }
    }
}
