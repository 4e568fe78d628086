package org.generativa.nn;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads DJL's PyTorch engine offline and controls its thread settings. */
public final class Backend {

    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);
    public static final String ENGINE = "PyTorch";

    private Backend() {}

    /** Set before anything touches DJL, so no code path can try to download. */
    public static void configureOffline() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("ai.djl.default_engine", ENGINE);
    }

    /**
     * Loads (first call extracts the natives into the user's DJL cache) and returns the engine.
     * Call it on each thread that will run DJL work: PyTorch's grad mode is per thread and on by
     * default, and DJL turns it off only on the thread that first loads the engine.
     */
    public static Engine load(int threads) {
        configureOffline();
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        long start = System.nanoTime();
        MklDispatch.enable();
        HugePageTensors.enable();
        Engine engine = Engine.getEngine(ENGINE);
        JniUtils.setGradMode(false);
        setThreads(threads);
        LOG.info("{} {} ready in {} ms with {} threads", ENGINE, engine.getVersion(),
                (System.nanoTime() - start) / 1_000_000, threads);
        return engine;
    }

    /** PyTorch's intra-op thread count is process-wide and may change between steps. */
    public static void setThreads(int threads) {
        if (JniUtils.getNumThreads() != threads) {
            JniUtils.setNumThreads(threads);
        }
    }

    /** For a thread that only runs inference: no autograd graph is recorded for what it computes. */
    public static void disableGradients() {
        JniUtils.setGradMode(false);
    }

    public static void seed(long seed) {
        Engine.getEngine(ENGINE).setRandomSeed((int) (seed ^ (seed >>> 32)));
    }
}
