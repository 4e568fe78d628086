package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/** Sparsity penalties and the VAE's KL term on fixed numbers, and the KL against the Gaussian closed form. */
class PenaltiesTest extends EngineTest {

    private NDArray rows(float... values) {
        return m.create(values, new Shape(2, values.length / 2));
    }

    @Test
    void l1SumsActivationsPerExample() {
        assertEquals(0.45f, SparsityPenalty.l1(rows(0.1f, 0.5f, 0.3f, 0f)).getFloat(), 1e-7f);
    }

    @Test
    void klSparsityComparesEachUnitsMeanActivationWithRho() {
        NDArray h = rows(0.1f, 0.5f, 0.3f, 0f);
        assertArrayEquals(new float[] {0.2f, 0.25f}, SparsityPenalty.meanActivation(h).toFloatArray(), 1e-7f);
        // 0.1 log(0.1/0.2) + 0.9 log(0.9/0.8) = 0.0366900; 0.1 log(0.1/0.25) + 0.9 log(0.9/0.75) = 0.0724603
        assertEquals(0.1091503f, SparsityPenalty.kl(SparsityPenalty.meanActivation(h), 0.1).getFloat(), 1e-6f);
        assertEquals(0f, SparsityPenalty.kl(m.create(new float[] {0.05f, 0.05f}), 0.05).getFloat(), 1e-6f);
    }

    @Test
    void klSparsityStaysFiniteForDeadAndSaturatedUnits() {
        float value = SparsityPenalty.kl(m.create(new float[] {0f, 1f}), 0.05).getFloat();
        assertTrue(Float.isFinite(value) && value > 5, "penalty " + value);
    }

    @Test
    void gaussianKlOnFixedNumbers() {
        NDArray mu = m.create(new float[] {0f, 1f}, new Shape(1, 2));
        NDArray logVariance = m.create(new float[] {0f, (float) Math.log(0.25)}, new Shape(1, 2));
        // 1/2 (0 + 1 - 1 - 0) = 0 and 1/2 (1 + 0.25 - 1 + 1.3862944) = 0.8181472
        assertArrayEquals(new float[] {0f, 0.8181472f}, GaussianKl.perDimension(mu, logVariance).toFloatArray(), 1e-6f);
        assertEquals(0.8181472f, GaussianKl.total(mu, logVariance).getFloat(), 1e-6f);
        assertEquals(1.8181472f, GaussianKl.negativeElbo(m.create(1f), GaussianKl.total(mu, logVariance)).getFloat(), 1e-6f);
    }

    /** KL(N(mu, s^2) || N(0, 1)) by numerical integration of p log(p / q), independent of the formula under test. */
    @Test
    void gaussianKlMatchesNumericalIntegration() {
        float[] mus = {0f, 1.5f, -0.7f, 0.2f};
        float[] sigmas = {1f, 0.3f, 2f, 0.05f};
        float[] logVariances = new float[4];
        for (int i = 0; i < 4; i++) {
            logVariances[i] = (float) Math.log(sigmas[i] * sigmas[i]);
        }
        float[] kl = GaussianKl.perDimension(m.create(mus), m.create(logVariances)).toFloatArray();
        for (int i = 0; i < 4; i++) {
            assertEquals(integratedKl(mus[i], sigmas[i]), kl[i], 1e-4 * Math.max(1, kl[i]), "mu " + mus[i] + ", sigma " + sigmas[i]);
        }
    }

    private static double integratedKl(double mu, double sigma) {
        int steps = 200_000;
        double lo = mu - 12 * sigma;
        double width = 24 * sigma / steps;
        double sum = 0;
        for (int k = 0; k <= steps; k++) {
            double z = lo + k * width;
            double logP = -0.5 * Math.pow((z - mu) / sigma, 2) - Math.log(sigma * Math.sqrt(2 * Math.PI));
            double logQ = -0.5 * z * z - Math.log(Math.sqrt(2 * Math.PI));
            double term = Math.exp(logP) * (logP - logQ);
            sum += (k == 0 || k == steps) ? term / 2 : term;
        }
        return sum * width;
    }
}
