package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianMixture1DTest {

    @Test
    void bimodalIsTwoModesAtMinusAndPlusTwoWithSigmaAHalf() {
        GaussianMixture1D data = GaussianMixture1D.bimodal();
        assertEquals("bimodal", data.name());
        assertEquals(DataKind.SCALARS, data.kind());
        assertArrayEquals(new int[] {1}, data.itemShape());
        assertEquals(OptionalInt.empty(), data.size());
        assertEquals("mode 1", data.labelNames().get(0));
        assertEquals(2, data.labelNames().size());
        assertArrayEquals(new float[] {-2f, 2f}, data.modes());
        assertEquals(0.5, data.sigma(), 0);
    }

    @Test
    void samplesHaveTheMixturesMomentsAndCumulativeDistribution() {
        GaussianMixture1D data = GaussianMixture1D.bimodal();
        int n = 200_000;
        Batch batch = data.sample(n, new SplittableRandom(11));
        assertArrayEquals(new int[] {1}, batch.itemShape());
        assertEquals(n, batch.values().length);
        double sum = 0;
        double squares = 0;
        double[] at = {-3, -2.5, -2, -1, 0, 1, 2, 2.5, 3};
        int[] below = new int[at.length];
        int[] perMode = new int[2];
        double[] modeSum = new double[2];
        double[] modeSquares = new double[2];
        for (int i = 0; i < n; i++) {
            double x = batch.values()[i];
            int k = batch.labels()[i];
            sum += x;
            squares += x * x;
            perMode[k]++;
            modeSum[k] += x;
            modeSquares[k] += x * x;
            for (int j = 0; j < at.length; j++) {
                if (x < at[j]) {
                    below[j]++;
                }
            }
        }
        // Mean 0; variance = sigma^2 + mean of mode^2 = 0.25 + 4.
        assertEquals(0, sum / n, 5 * Math.sqrt(4.25 / n));
        assertEquals(4.25, squares / n - (sum / n) * (sum / n), 0.03);
        for (int j = 0; j < at.length; j++) {
            double cdf = 0.5 * (normalCdf((at[j] + 2) / 0.5) + normalCdf((at[j] - 2) / 0.5));
            assertEquals(cdf, (double) below[j] / n, 5 * Math.sqrt(0.25 / n) + 1e-6, "P(X < " + at[j] + ")");
        }
        float[] modes = data.modes();
        for (int k = 0; k < 2; k++) {
            assertEquals(n / 2.0, perMode[k], 5 * Math.sqrt(n * 0.25));
            double mean = modeSum[k] / perMode[k];
            assertEquals(modes[k], mean, 0.01, "mean of mode " + k);
            assertEquals(0.5, Math.sqrt(modeSquares[k] / perMode[k] - mean * mean), 0.01, "sd of mode " + k);
        }
    }

    @Test
    void densityIsTheEqualWeightMixtureAndIntegratesToOne() {
        GaussianMixture1D data = GaussianMixture1D.bimodal();
        double peak = 0.5 / (0.5 * Math.sqrt(2 * Math.PI)) * (1 + Math.exp(-0.5 * 64));
        assertEquals(peak, data.density(2), 1e-12);
        assertEquals(data.density(2), data.density(-2), 1e-12);
        assertEquals(Math.exp(-8) / (0.5 * Math.sqrt(2 * Math.PI)), data.density(0), 1e-12);
        double integral = 0;
        double dx = 1e-3;
        for (double x = -8; x < 8; x += dx) {
            integral += data.density(x + dx / 2) * dx;
        }
        assertEquals(1, integral, 1e-6);
    }

    @Test
    void sameRandomSeedGivesTheSameValues() {
        GaussianMixture1D data = GaussianMixture1D.bimodal();
        Batch a = data.sample(100, new SplittableRandom(3));
        assertArrayEquals(a.values(), data.sample(100, new SplittableRandom(3)).values());
        assertFalse(Arrays.equals(a.values(), data.sample(100, new SplittableRandom(4)).values()));
    }

    /** Standard normal CDF by the Abramowitz-Stegun 7.1.26 approximation of erf (error below 1.5e-7). */
    private static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1 - poly * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
