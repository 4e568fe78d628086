package org.generativa.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackendTest {

    /**
     * PyTorch's grad mode is per thread and on by default; DJL switches it off only on the thread
     * that first loads the engine. Every thread that calls load (each TrainingSession's ML thread,
     * the CLI) must end up with it off, or forward passes outside a GradientCollector record graphs.
     */
    @Test
    void loadTurnsGradModeOffOnTheCallingThreadEvenWhenTheEngineIsAlreadyLoaded() throws Exception {
        Backend.load(1);
        for (int i = 0; i < 2; i++) {
            CompletableFuture<Boolean> gradMode = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    Backend.load(1);
                    gradMode.complete(JniUtils.isGradMode());
                } catch (Throwable t) {
                    gradMode.completeExceptionally(t);
                }
            });
            thread.start();
            assertFalse(gradMode.get(60, TimeUnit.SECONDS), "grad mode on a fresh thread after load");
        }
        assertFalse(JniUtils.isGradMode(), "grad mode on the calling thread");
    }

    @Test
    void loadSetsTheIntraOpThreadCount() {
        Engine engine = Backend.load(2);
        assertEquals(Backend.ENGINE, engine.getEngineName());
        assertEquals(2, JniUtils.getNumThreads());
        Backend.setThreads(1);
        assertEquals(1, JniUtils.getNumThreads());
    }
}
