package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

class RestorableOptimizerTest extends EngineTest {

    private static float[] randomArray(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    @Test
    void adamGivesExactlyWhatDjlsAdamGives() {
        Random random = new Random(3);
        float[] start = randomArray(random, 50);
        AdjustableRate rate = new AdjustableRate(2e-3);
        Optimizer djl = Optimizer.adam().optLearningRateTracker(rate).optBeta1(0.5f).optBeta2(0.999f).build();
        RestorableAdam ours = new RestorableAdam(rate, 0.5f, 0.999f);
        NDArray a = m.create(start.clone());
        NDArray b = m.create(start.clone());
        for (int step = 0; step < 6; step++) {
            float[] g = randomArray(random, 50);
            djl.update("w", a, m.create(g));
            ours.update("w", b, m.create(g));
            assertArrayEquals(bits(a.toFloatArray()), bits(b.toFloatArray()), "step " + step);
        }
        assertFalse(Arrays.equals(start, b.toFloatArray()));
    }

    @Test
    void adamsFirstStepMovesEachWeightByTheLearningRate() {
        RestorableAdam adam = new RestorableAdam(new AdjustableRate(0.01), 0.9f, 0.999f);
        NDArray w = m.create(new float[] {1f, 1f, 1f});
        adam.update("w", w, m.create(new float[] {3f, -0.5f, 1e-3f}));
        float[] after = w.toFloatArray();
        assertEquals(0.99, after[0], 1e-6);
        assertEquals(1.01, after[1], 1e-6);
        assertEquals(0.99, after[2], 1e-5);
    }

    /** Restoring the state makes the next updates the same as if the updates in between had never happened. */
    @Test
    void restoredStateContinuesExactlyAsTheUntouchedOne() {
        for (RestorableOptimizer optimizer : List.of(
                new RestorableAdam(new AdjustableRate(1e-2), 0.5f, 0.9f),
                new RmsPropUpdate(new AdjustableRate(1e-2), 0.9f, 1e-8f))) {
            RestorableOptimizer twin = optimizer instanceof RestorableAdam
                    ? new RestorableAdam(new AdjustableRate(1e-2), 0.5f, 0.9f)
                    : new RmsPropUpdate(new AdjustableRate(1e-2), 0.9f, 1e-8f);
            Random random = new Random(9);
            float[] start = randomArray(random, 20);
            NDArray w = m.create(start.clone());
            NDArray wTwin = m.create(start.clone());
            float[][] common = {randomArray(random, 20), randomArray(random, 20)};
            for (float[] g : common) {
                optimizer.update("w", w, m.create(g));
                twin.update("w", wTwin, m.create(g));
            }
            RestorableOptimizer.State saved = optimizer.saveState(m);
            NDArray wSaved = w.duplicate();
            for (int i = 0; i < 4; i++) {
                optimizer.update("w", w, m.create(randomArray(random, 20)));
                optimizer.update("other", m.create(new float[] {1f}), m.create(new float[] {1f}));
            }
            optimizer.restoreState(saved);
            w = wSaved;
            float[] next = randomArray(random, 20);
            optimizer.update("w", w, m.create(next));
            twin.update("w", wTwin, m.create(next));
            assertArrayEquals(bits(wTwin.toFloatArray()), bits(w.toFloatArray()), optimizer.getClass().getSimpleName());
            assertEquals(Set.of("w"), optimizer.saveState(m).counts().keySet(), "state of a parameter first seen after the save");
        }
    }

    @Test
    void groupSnapshotPutsBackWeightsStatisticsAndOptimizerStateBitForBit() {
        SequentialBlock block = new SequentialBlock()
                .add(Linear.builder().setUnits(8).build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(Linear.builder().setUnits(1).build());
        block.initialize(m, DataType.FLOAT32, new Shape(4, 3));
        ParameterGroup group = new ParameterGroup(block, new RestorableAdam(new AdjustableRate(1e-2), 0.5f, 0.999f));
        ParameterStore store = new ParameterStore(m, false);
        Random random = new Random(5);
        Runnable step = () -> {
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray x = m.create(randomArray(random, 12), new Shape(4, 3));
                collector.backward(block.forward(store, new NDList(x), true).singletonOrThrow().square().mean());
            }
            group.update();
        };
        step.run();
        // A negative zero must come back as a negative zero.
        Parameter firstWeight = group.parameters().get(0);
        firstWeight.getArray().setRequiresGradient(false);
        firstWeight.getArray().set(new NDIndex("0, 0"), -0f);
        firstWeight.getArray().setRequiresGradient(true);
        List<int[]> before = allBits(block);
        ParameterGroup.Snapshot snapshot = group.snapshot(m);
        List<int[]> stateBefore = stateBits(snapshot.optimizerState());
        for (int i = 0; i < 3; i++) {
            step.run();
        }
        assertFalse(sameBits(before, allBits(block)), "the steps changed the network");
        group.restore(snapshot);
        assertTrue(sameBits(before, allBits(block)), "restored network");
        assertTrue(sameBits(stateBefore, stateBits(group.snapshot(m).optimizerState())), "restored optimizer state");
        assertEquals(snapshot.optimizerState().numUpdate(), group.snapshot(m).optimizerState().numUpdate());
        for (Parameter p : group.parameters()) {
            assertTrue(p.getArray().hasGradient(), p.getName() + " is trainable again");
        }
        step.run();
    }

    private static List<int[]> allBits(SequentialBlock block) {
        List<int[]> values = new ArrayList<>();
        block.getParameters().values().forEach(p -> values.add(bits(p.getArray().toFloatArray())));
        return values;
    }

    private static List<int[]> stateBits(RestorableOptimizer.State state) {
        List<int[]> values = new ArrayList<>();
        state.slots().values().forEach(a -> values.add(bits(a.toFloatArray())));
        return values;
    }

    private static boolean sameBits(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
