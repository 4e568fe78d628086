package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianMixture2DTest {

    @Test
    void ring8HasEightModesEvenlySpacedOnRadiusTwo() {
        GaussianMixture2D ring = GaussianMixture2D.ring8();
        assertEquals("ring8", ring.name());
        assertEquals(DataKind.POINTS, ring.kind());
        assertArrayEquals(new int[] {2}, ring.itemShape());
        assertEquals(2, ring.itemSize());
        assertEquals("mode 1", ring.labelNames().get(0));
        assertEquals(8, ring.labelNames().size());
        assertEquals(0.02, ring.sigma(), 0);
        float[][] modes = ring.modes();
        assertEquals(8, modes.length);
        for (int k = 0; k < 8; k++) {
            double angle = 2 * Math.PI * k / 8;
            assertEquals(2 * Math.cos(angle), modes[k][0], 1e-6, "x of mode " + k);
            assertEquals(2 * Math.sin(angle), modes[k][1], 1e-6, "y of mode " + k);
            assertEquals(2.0, Math.hypot(modes[k][0], modes[k][1]), 1e-6, "radius of mode " + k);
        }
        // Neighbours are 2 * 2 * sin(pi / 8) apart: the modes are distinct and evenly spaced.
        for (int k = 0; k < 8; k++) {
            float[] a = modes[k];
            float[] b = modes[(k + 1) % 8];
            assertEquals(4 * Math.sin(Math.PI / 8), Math.hypot(a[0] - b[0], a[1] - b[1]), 1e-6);
        }
    }

    @Test
    void grid25HasModesOnTheEvenGridFromMinusFourToFour() {
        GaussianMixture2D grid = GaussianMixture2D.grid25();
        assertEquals("grid25", grid.name());
        assertEquals(0.05, grid.sigma(), 0);
        float[][] modes = grid.modes();
        assertEquals(25, modes.length);
        Set<String> seen = new HashSet<>();
        for (float[] m : modes) {
            seen.add(m[0] + "," + m[1]);
        }
        Set<String> expected = new HashSet<>();
        for (int x = -4; x <= 4; x += 2) {
            for (int y = -4; y <= 4; y += 2) {
                expected.add((float) x + "," + (float) y);
            }
        }
        assertEquals(expected, seen);
    }

    @Test
    void ring8SamplesAreGaussianAroundTheirLabelledModeWithUniformModeUsage() {
        checkSampleStatistics(GaussianMixture2D.ring8(), 80_000);
    }

    @Test
    void grid25SamplesAreGaussianAroundTheirLabelledModeWithUniformModeUsage() {
        checkSampleStatistics(GaussianMixture2D.grid25(), 100_000);
    }

    private static void checkSampleStatistics(GaussianMixture2D data, int n) {
        Batch batch = data.sample(n, new SplittableRandom(42));
        assertEquals(n, batch.count());
        assertEquals(2 * n, batch.values().length);
        assertArrayEquals(new int[] {2}, batch.itemShape());
        float[][] modes = data.modes();
        int k = modes.length;
        double sigma = data.sigma();
        int[] count = new int[k];
        double[] sx = new double[k];
        double[] sy = new double[k];
        double[] sxx = new double[k];
        double[] syy = new double[k];
        double[] sxy = new double[k];
        int withinOneSigma = 0;
        for (int i = 0; i < n; i++) {
            int label = batch.labels()[i];
            assertTrue(label >= 0 && label < k, "label " + label);
            double dx = batch.values()[2 * i] - modes[label][0];
            double dy = batch.values()[2 * i + 1] - modes[label][1];
            count[label]++;
            sx[label] += dx;
            sy[label] += dy;
            sxx[label] += dx * dx;
            syy[label] += dy * dy;
            sxy[label] += dx * dy;
            if (Math.abs(dx) < sigma) {
                withinOneSigma++;
            }
        }
        double expected = (double) n / k;
        double countSd = Math.sqrt(n * (1.0 / k) * (1 - 1.0 / k));
        for (int m = 0; m < k; m++) {
            assertEquals(expected, count[m], 5 * countSd, "samples of mode " + m);
            double meanX = sx[m] / count[m];
            double meanY = sy[m] / count[m];
            double meanTolerance = 5 * sigma / Math.sqrt(count[m]);
            assertEquals(0, meanX, meanTolerance, "mean x offset of mode " + m);
            assertEquals(0, meanY, meanTolerance, "mean y offset of mode " + m);
            double sdX = Math.sqrt(sxx[m] / count[m] - meanX * meanX);
            double sdY = Math.sqrt(syy[m] / count[m] - meanY * meanY);
            assertEquals(sigma, sdX, 0.05 * sigma, "x std of mode " + m);
            assertEquals(sigma, sdY, 0.05 * sigma, "y std of mode " + m);
            double correlation = (sxy[m] / count[m] - meanX * meanY) / (sdX * sdY);
            assertEquals(0, correlation, 0.06, "x-y correlation of mode " + m);
        }
        // Gaussian, not merely the right variance: P(|X| < sigma) = 0.6827.
        assertEquals(0.6827, (double) withinOneSigma / n, 0.01);
    }

    @Test
    void samplingIsDeterministicForAGivenRandomSeed() {
        GaussianMixture2D ring = GaussianMixture2D.ring8();
        Batch a = ring.sample(500, new SplittableRandom(7));
        Batch b = ring.sample(500, new SplittableRandom(7));
        Batch c = ring.sample(500, new SplittableRandom(8));
        assertArrayEquals(a.values(), b.values());
        assertArrayEquals(a.labels(), b.labels());
        assertTrue(!java.util.Arrays.equals(a.values(), c.values()));
    }
}
