package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {

    @Test
    void identicalFeatureSetsAreAtDistanceZero() {
        float[] features = gaussianSample(500, new double[] {1, -2, 0.5, 3}, new double[] {1, 0.5, 2, 0.1}, 1);
        GaussianStats a = GaussianStats.of(features, 500, 4);
        GaussianStats b = GaussianStats.of(features.clone(), 500, 4);
        assertEquals(0, FrechetDistance.between(a, b), 1e-9);
    }

    @Test
    void diagonalGaussiansMatchTheClosedForm() {
        double[] mu1 = {0, 1, 2, -1, 0.5};
        double[] mu2 = {1, 1, 0, -1, 2};
        double[] s1 = {1, 4, 0.25, 2, 1};
        double[] s2 = {2, 1, 0.25, 0.5, 9};
        double expected = closedForm(mu1, s1, mu2, s2);
        assertEquals(expected, FrechetDistance.between(exact(mu1, s1), exact(mu2, s2)), 1e-9);
    }

    @Test
    void samplesOfDiagonalGaussiansApproachTheClosedForm() {
        double[] mu1 = {0, 1, 2, -1};
        double[] mu2 = {1, 1, 0, -1};
        double[] var1 = {1, 4, 0.25, 2};
        double[] var2 = {2, 1, 1, 0.5};
        int n = 20_000;
        GaussianStats a = GaussianStats.of(gaussianSample(n, mu1, sd(var1), 11), n, 4);
        GaussianStats b = GaussianStats.of(gaussianSample(n, mu2, sd(var2), 12), n, 4);
        double expected = closedForm(mu1, var1, mu2, var2);
        assertEquals(expected, FrechetDistance.between(a, b), 0.03 * expected);
    }

    @Test
    void correlatedCaseMatchesTheHandComputedValue() {
        // S1 = [[5, 4], [4, 5]], S2 = I: Tr(S1) + Tr(I) - 2 Tr(S1^(1/2)) = 10 + 2 - 2 * 4, plus |mu1 - mu2|^2 = 25
        GaussianStats a = new GaussianStats(new double[] {0, 0}, new double[][] {{5, 4}, {4, 5}}, 100);
        GaussianStats b = new GaussianStats(new double[] {3, 4}, new double[][] {{1, 0}, {0, 1}}, 100);
        assertEquals(29, FrechetDistance.between(a, b), 1e-9);
        assertEquals(29, FrechetDistance.between(b, a), 1e-9);
    }

    @Test
    void distanceIsSymmetricForGeneralCovariances() {
        int n = 300;
        int dim = 12;
        SplittableRandom random = new SplittableRandom(5);
        float[] first = new float[n * dim];
        float[] second = new float[n * dim];
        for (int i = 0; i < n; i++) {
            double shared = random.nextGaussian();
            for (int j = 0; j < dim; j++) {
                first[i * dim + j] = (float) (shared * j / dim + random.nextGaussian());
                second[i * dim + j] = (float) (Math.max(0, random.nextGaussian()) * 2 + j * 0.1);
            }
        }
        GaussianStats a = GaussianStats.of(first, n, dim);
        GaussianStats b = GaussianStats.of(second, n, dim);
        double ab = FrechetDistance.between(a, b);
        double ba = FrechetDistance.between(b, a);
        assertTrue(ab > 1, "distinct sets are apart: " + ab);
        assertEquals(ab, ba, 1e-9 * ab);
    }

    @Test
    void rankDeficientCovariancesGiveAFiniteDistance() {
        // Features that are always zero (dead ReLU units) make both covariances singular.
        int n = 200;
        float[] first = gaussianSample(n, new double[] {1, 0, 0}, new double[] {1, 0, 0}, 6);
        float[] second = gaussianSample(n, new double[] {2, 0, 0}, new double[] {1, 0, 0}, 7);
        double d = FrechetDistance.between(GaussianStats.of(first, n, 3), GaussianStats.of(second, n, 3));
        assertTrue(Double.isFinite(d) && d > 0.5 && d < 1.5, "about (2 - 1)^2 = 1: " + d);
    }

    @Test
    void differentFeatureSizesAreRefused() {
        GaussianStats a = GaussianStats.of(new float[] {1, 2, 3, 4}, 2, 2);
        GaussianStats b = GaussianStats.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertThrows(IllegalArgumentException.class, () -> FrechetDistance.between(a, b));
        assertThrows(IllegalArgumentException.class, () -> GaussianStats.of(new float[] {1, 2}, 1, 2));
    }

    @Test
    void meanAndCovarianceAreTheUnbiasedEstimates() {
        GaussianStats stats = GaussianStats.of(new float[] {1, 2, 3, 6, 5, 10}, 3, 2);
        assertEquals(3, stats.mean()[0], 1e-12);
        assertEquals(6, stats.mean()[1], 1e-12);
        double[][] cov = stats.covarianceView();
        assertEquals(4, cov[0][0], 1e-12);
        assertEquals(16, cov[1][1], 1e-12);
        assertEquals(8, cov[0][1], 1e-12);
        assertEquals(8, cov[1][0], 1e-12);
    }

    private static double closedForm(double[] mu1, double[] var1, double[] mu2, double[] var2) {
        double d = 0;
        for (int i = 0; i < mu1.length; i++) {
            d += (mu1[i] - mu2[i]) * (mu1[i] - mu2[i]) + var1[i] + var2[i] - 2 * Math.sqrt(var1[i] * var2[i]);
        }
        return d;
    }

    private static GaussianStats exact(double[] mean, double[] variances) {
        double[][] cov = new double[mean.length][mean.length];
        for (int i = 0; i < mean.length; i++) {
            cov[i][i] = variances[i];
        }
        return new GaussianStats(mean, cov, 1000);
    }

    private static double[] sd(double[] variances) {
        double[] sd = new double[variances.length];
        for (int i = 0; i < sd.length; i++) {
            sd[i] = Math.sqrt(variances[i]);
        }
        return sd;
    }

    private static float[] gaussianSample(int n, double[] mean, double[] sd, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int dim = mean.length;
        float[] values = new float[n * dim];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dim; j++) {
                values[i * dim + j] = (float) (mean[j] + sd[j] * random.nextGaussian());
            }
        }
        return values;
    }
}
