package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/** Each corruption exactly on given noise, then its statistics on drawn noise. */
class CorruptionTest extends EngineTest {

    private static final int N = 200_000;

    @Test
    void gaussianAddsScaledNoiseAndClipsImages() {
        NDArray x = m.create(new float[] {0.5f, 0.9f, 0.1f});
        NDArray noise = m.create(new float[] {1f, 1f, -1f});
        assertArrayEquals(new float[] {0.7f, 1f, 0f}, Corruption.gaussian(x, noise, 0.2, true).toFloatArray(), 1e-6f);
        assertArrayEquals(new float[] {0.7f, 1.1f, -0.1f}, Corruption.gaussian(x, noise, 0.2, false).toFloatArray(), 1e-6f);
    }

    @Test
    void maskingZeroesWhereTheUniformFallsBelowP() {
        NDArray x = m.create(new float[] {0.5f, 0.9f, 0.1f});
        NDArray u = m.create(new float[] {0.1f, 0.3f, 0.29f});
        assertArrayEquals(new float[] {0f, 0.9f, 0f}, Corruption.masking(x, u, 0.3).toFloatArray(), 0f);
    }

    @Test
    void saltAndPepperSetsSelectedValuesToZeroOrOne() {
        NDArray x = m.create(new float[] {0.5f, 0.9f, 0.1f, 0.4f});
        NDArray select = m.create(new float[] {0.05f, 0.5f, 0.1f, 0.01f});
        NDArray value = m.create(new float[] {0.2f, 0.2f, 0.7f, 0.9f});
        assertArrayEquals(new float[] {1f, 0.9f, 0f, 0f}, Corruption.saltAndPepper(x, select, value, 0.2).toFloatArray(), 0f);
    }

    @Test
    void gaussianNoiseHasTheAskedStandardDeviation() {
        NDArray x = m.full(new Shape(N), 0.5f);
        float[] y = Corruption.apply(CorruptionKind.GAUSSIAN, x, 0.1, NoiseSource.engine(m), true).toFloatArray();
        double mean = 0;
        double square = 0;
        for (float v : y) {
            mean += (v - 0.5) / N;
            square += (v - 0.5) * (v - 0.5) / N;
        }
        assertEquals(0, mean, 0.001);
        assertEquals(0.1, Math.sqrt(square - mean * mean), 0.002);
    }

    @Test
    void maskingDropsAboutAFractionPOfValues() {
        float[] y = Corruption.apply(CorruptionKind.MASKING, m.ones(new Shape(N)), 0.3, NoiseSource.engine(m), true).toFloatArray();
        int zeros = 0;
        for (float v : y) {
            zeros += v == 0 ? 1 : 0;
        }
        assertEquals(0.3, (double) zeros / N, 0.005);
    }

    @Test
    void saltAndPepperHitsAboutAFractionPHalfSaltHalfPepper() {
        NDArray x = m.full(new Shape(N), 0.5f);
        float[] y = Corruption.apply(CorruptionKind.SALT_AND_PEPPER, x, 0.2, NoiseSource.engine(m), true).toFloatArray();
        int salt = 0;
        int pepper = 0;
        for (float v : y) {
            salt += v == 1f ? 1 : 0;
            pepper += v == 0f ? 1 : 0;
        }
        assertEquals(0.1, (double) salt / N, 0.004);
        assertEquals(0.1, (double) pepper / N, 0.004);
    }

    @Test
    void aSeededNoiseSourceRepeatsItselfWhateverTheEngineDraws() {
        float[] first = NoiseSource.seeded(m, 7).normal(new Shape(5)).toFloatArray();
        m.randomNormal(new Shape(100));
        float[] second = NoiseSource.seeded(m, 7).normal(new Shape(5)).toFloatArray();
        assertArrayEquals(first, second, 0f);
        double mean = 0;
        float[] many = NoiseSource.seeded(m, 8).normal(new Shape(N)).toFloatArray();
        for (float v : many) {
            mean += v / N;
        }
        assertTrue(Math.abs(mean) < 0.01, "mean " + mean);
    }
}
