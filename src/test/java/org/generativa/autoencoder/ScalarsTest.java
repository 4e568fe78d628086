package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.generativa.nn.Scalars;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * A scalar factor's gradient survives garbage collection and fresh direct buffers between the forward and the
 * backward pass (with DJL's own mul(Number) this gave wrong gradients in most of 200 tries).
 */
class ScalarsTest extends EngineTest {

    @Test
    void gradientThroughAScalarFactorSurvivesGarbageCollection() {
        for (int rep = 0; rep < 50; rep++) {
            try (NDManager step = m.newSubManager()) {
                NDArray x = step.create(new float[] {1f, 2f, 3f});
                x.setRequiresGradient(true);
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray y = Scalars.times(x, 3.0);
                    System.gc();
                    List<ByteBuffer> churn = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) {
                        churn.add(ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).putFloat(0, 1234f));
                    }
                    collector.backward(y.sum());
                }
                assertEquals(3f, x.getGradient().toFloatArray()[0], 0f, "try " + rep);
            }
        }
    }
}
