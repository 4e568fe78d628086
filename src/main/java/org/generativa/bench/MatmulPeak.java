package org.generativa.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.generativa.nn.Backend;

/** The machine's matrix-multiply rate through the engine: the best of several square float products. */
public final class MatmulPeak {

    public static final int SIZE = 1024;
    private static final int REPEATS = 12;

    private MatmulPeak() {}

    /** GFLOP/s of the fastest {@code size x size} product at {@code threads} intra-op threads (left set). */
    public static double gflops(NDManager root, int threads, int size) {
        Backend.setThreads(threads);
        try (NDManager m = root.newSubManager()) {
            NDArray a = m.randomUniform(-1, 1, new Shape(size, size));
            NDArray b = m.randomUniform(-1, 1, new Shape(size, size));
            a.matMul(b).close();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < REPEATS; i++) {
                long start = System.nanoTime();
                NDArray c = a.matMul(b);
                best = Math.min(best, System.nanoTime() - start);
                c.close();
            }
            return 2.0 * size * size * size / best;
        }
    }
}
