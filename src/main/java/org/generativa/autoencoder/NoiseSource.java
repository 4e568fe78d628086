package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.generativa.common.StandardNormal;

/** Random arrays for corruption and sampling: from the engine's generator, or from a seeded Java stream. */
public interface NoiseSource {

    /** Standard normal values. */
    NDArray normal(Shape shape);

    /** Uniform values in [0, 1). */
    NDArray uniform(Shape shape);

    /** The engine's generator (seeded with the run): fast, for training steps. */
    static NoiseSource engine(NDManager manager) {
        return new NoiseSource() {
            @Override
            public NDArray normal(Shape shape) {
                return manager.randomNormal(shape);
            }

            @Override
            public NDArray uniform(Shape shape) {
                return manager.randomUniform(0, 1, shape);
            }
        };
    }

    /** Its own stream: the same values whenever it is drawn, whatever else used the engine's generator. */
    static NoiseSource seeded(NDManager manager, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new NoiseSource() {
            @Override
            public NDArray normal(Shape shape) {
                float[] values = new float[(int) shape.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) StandardNormal.draw(random);
                }
                return manager.create(values, shape);
            }

            @Override
            public NDArray uniform(Shape shape) {
                float[] values = new float[(int) shape.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) random.nextDouble();
                }
                return manager.create(values, shape);
            }
        };
    }
}
