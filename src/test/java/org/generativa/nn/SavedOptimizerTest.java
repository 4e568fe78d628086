package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network saved with its optimizer and built again trains on exactly as the one that was never saved. */
class SavedOptimizerTest extends EngineTest {

    @TempDir
    Path temp;

    private SequentialBlock network(int hidden) {
        SequentialBlock block = new SequentialBlock().add(Linear.builder().setUnits(hidden).build())
                .add(Activation.reluBlock()).add(Linear.builder().setUnits(1).build());
        block.initialize(m, DataType.FLOAT32, new Shape(4, 3));
        return block;
    }

    private void step(SequentialBlock block, ParameterGroup group, int seed) {
        float[] x = new float[12];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(seed * 31 + i);
        }
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray out = block.forward(new ParameterStore(m, false), new NDList(m.create(x, new Shape(4, 3))), true)
                    .singletonOrThrow();
            collector.backward(out.square().mean());
        }
        group.update();
    }

    @Test
    void adamAndRmsPropPickUpWhereTheyStopped() throws Exception {
        for (Supplier<RestorableOptimizer> optimizer : java.util.List.<Supplier<RestorableOptimizer>>of(
                () -> new RestorableAdam(new AdjustableRate(1e-2), 0.5f, 0.999f),
                () -> new RmsPropUpdate(new AdjustableRate(1e-2), 0.9f, 1e-8f))) {
            SequentialBlock kept = network(8);
            ParameterGroup keptGroup = new ParameterGroup(kept, optimizer.get());
            for (int i = 0; i < 3; i++) {
                step(kept, keptGroup, i);
            }
            Path weights = temp.resolve("w-" + optimizer.get().getClass().getSimpleName());
            try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(weights))) {
                kept.saveParameters(out);
            }
            Path state = temp.resolve("o-" + optimizer.get().getClass().getSimpleName());
            keptGroup.saveOptimizer(state);

            SequentialBlock rebuilt = network(8);
            ParameterGroup rebuiltGroup = new ParameterGroup(rebuilt, optimizer.get());
            SavedWeights.load(rebuilt, m, weights);
            SavedWeights.loadOptimizer(rebuiltGroup, state);
            for (int i = 3; i < 5; i++) {
                step(kept, keptGroup, i);
                step(rebuilt, rebuiltGroup, i);
            }
            for (int p = 0; p < keptGroup.parameters().size(); p++) {
                assertArrayEquals(keptGroup.parameters().get(p).getArray().toFloatArray(),
                        rebuiltGroup.parameters().get(p).getArray().toFloatArray(), 0f,
                        optimizer.get().getClass().getSimpleName() + " parameter " + p);
            }
        }
    }

    @Test
    void aFreshOptimizerWouldNotHaveMatched() throws Exception {
        SequentialBlock kept = network(8);
        ParameterGroup keptGroup = new ParameterGroup(kept, new RestorableAdam(new AdjustableRate(1e-2), 0.5f, 0.999f));
        for (int i = 0; i < 3; i++) {
            step(kept, keptGroup, i);
        }
        Path weights = temp.resolve("w");
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(weights))) {
            kept.saveParameters(out);
        }
        SequentialBlock rebuilt = network(8);
        ParameterGroup rebuiltGroup = new ParameterGroup(rebuilt, new RestorableAdam(new AdjustableRate(1e-2), 0.5f, 0.999f));
        SavedWeights.load(rebuilt, m, weights);
        SavedWeights.loadOptimizer(rebuiltGroup, temp.resolve("no-such-state"));
        step(kept, keptGroup, 3);
        step(rebuilt, rebuiltGroup, 3);
        float[] a = keptGroup.parameters().get(0).getArray().toFloatArray();
        float[] b = rebuiltGroup.parameters().get(0).getArray().toFloatArray();
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        assertTrue(largest > 1e-4, "restarting Adam's moments changes the next step: " + largest);
    }

    @Test
    void stateOfAnotherNetworkIsRefusedWithTheParameterNamed() throws Exception {
        SequentialBlock wide = network(8);
        ParameterGroup wideGroup = new ParameterGroup(wide, new RestorableAdam(new AdjustableRate(1e-2), 0.5f, 0.999f));
        step(wide, wideGroup, 0);
        Path state = temp.resolve("wide");
        wideGroup.saveOptimizer(state);
        SequentialBlock narrow = network(5);
        ParameterGroup narrowGroup = new ParameterGroup(narrow, new RestorableAdam(new AdjustableRate(1e-2), 0.5f, 0.999f));
        MalformedModelException e = assertThrows(MalformedModelException.class, () -> narrowGroup.loadOptimizer(state));
        assertTrue(e.getMessage().contains("has shape (8, 3), the parameter (5, 3)"), e.getMessage());
        Files.write(state, new byte[] {0, 0, 0, 1, 0, 0});
        e = assertThrows(MalformedModelException.class, () -> narrowGroup.loadOptimizer(state));
        assertEquals("the optimizer state in wide is cut short", e.getMessage());
    }
}
