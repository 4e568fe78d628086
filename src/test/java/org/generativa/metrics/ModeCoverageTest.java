package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.generativa.data.GaussianMixture2D;
import org.junit.jupiter.api.Test;

class ModeCoverageTest {

    private static final GaussianMixture2D RING = GaussianMixture2D.ring8();
    private static final double SIGMA = RING.sigma();

    /** {@code perMode[k]} points at mode k, each shifted by (dx, dy). */
    private static float[] pointsAt(int[] perMode, double dx, double dy) {
        int n = 0;
        for (int c : perMode) {
            n += c;
        }
        float[] xy = new float[2 * n];
        int i = 0;
        for (int k = 0; k < perMode.length; k++) {
            for (int j = 0; j < perMode[k]; j++) {
                xy[2 * i] = (float) (RING.modes()[k][0] + dx);
                xy[2 * i + 1] = (float) (RING.modes()[k][1] + dy);
                i++;
            }
        }
        return xy;
    }

    @Test
    void allPointsOnOneModeCaptureOneModeWithReverseKlLogK() {
        ModeCoverage c = ModeCoverage.measure(pointsAt(new int[] {0, 0, 0, 250, 0, 0, 0, 0}, 0, 0), RING.modes(), SIGMA);
        assertEquals(1, c.modesCaptured());
        assertEquals(8, c.modes());
        assertEquals(1.0, c.highQualityFraction(), 0);
        assertEquals(Math.log(8), c.reverseKl(), 1e-12);
        assertEquals(0, c.meanDistanceToNearestMode(), 1e-6);
        assertArrayEquals(new int[] {0, 0, 0, 250, 0, 0, 0, 0}, c.samplesPerMode());
    }

    @Test
    void pointsSpreadEvenlyOverAllModesCaptureAllWithZeroReverseKl() {
        int[] even = {100, 100, 100, 100, 100, 100, 100, 100};
        ModeCoverage c = ModeCoverage.measure(pointsAt(even, 0.5 * SIGMA, -0.5 * SIGMA), RING.modes(), SIGMA);
        assertEquals(8, c.modesCaptured());
        assertEquals(1.0, c.highQualityFraction(), 0);
        assertEquals(0, c.reverseKl(), 1e-12);
        assertEquals(Math.sqrt(0.5) * SIGMA, c.meanDistanceToNearestMode(), 1e-6);
        assertArrayEquals(even, c.samplesPerMode());
    }

    @Test
    void twoEqualModesGiveReverseKlLogOfKOverTwo() {
        ModeCoverage c = ModeCoverage.measure(pointsAt(new int[] {40, 40, 0, 0, 0, 0, 0, 0}, 0, 0), RING.modes(), SIGMA);
        assertEquals(2, c.modesCaptured());
        assertEquals(Math.log(4), c.reverseKl(), 1e-12);
    }

    @Test
    void unevenUseGivesTheKlSumByHand() {
        // p = (0.5, 0.25, 0.25, 0, ...): KL = 0.5 log 4 + 2 * 0.25 log 2 = 1.5 log 2.
        ModeCoverage c = ModeCoverage.measure(pointsAt(new int[] {2, 1, 1, 0, 0, 0, 0, 0}, 0, 0), RING.modes(), SIGMA);
        assertEquals(1.5 * Math.log(2), c.reverseKl(), 1e-12);
    }

    @Test
    void pointsFarFromEveryModeAreNotHighQualityAndCaptureNothing() {
        int[] even = {10, 10, 10, 10, 10, 10, 10, 10};
        // Towards the centre: 0.3 from each mode is 15 sigma, still nearest to its own mode.
        float[] xy = new float[2 * 80];
        for (int i = 0; i < 80; i++) {
            float[] m = RING.modes()[i / 10];
            xy[2 * i] = m[0] * 0.85f;
            xy[2 * i + 1] = m[1] * 0.85f;
        }
        ModeCoverage c = ModeCoverage.measure(xy, RING.modes(), SIGMA);
        assertEquals(0, c.modesCaptured());
        assertEquals(0, c.highQualityFraction(), 0);
        assertEquals(0.3, c.meanDistanceToNearestMode(), 1e-5);
        assertArrayEquals(even, c.samplesPerMode());
        assertEquals(0, c.reverseKl(), 1e-12, "nearest-mode shares are even although no sample is HQ");
    }

    @Test
    void highQualityMeansStrictlyWithinThreeSigma() {
        float[] inside = pointsAt(new int[] {1, 0, 0, 0, 0, 0, 0, 0}, 0, 2.9 * SIGMA);
        float[] outside = pointsAt(new int[] {0, 1, 0, 0, 0, 0, 0, 0}, 0, 3.1 * SIGMA);
        float[] both = {inside[0], inside[1], outside[0], outside[1]};
        ModeCoverage c = ModeCoverage.measure(both, RING.modes(), SIGMA);
        assertEquals(0.5, c.highQualityFraction(), 0);
        assertEquals(1, c.modesCaptured());
        assertEquals(3.0 * SIGMA, c.meanDistanceToNearestMode(), 1e-5);
    }

    @Test
    void aPointBetweenTwoModesGoesToTheNearerOne() {
        float[][] modes = {{0, 0}, {1, 0}};
        ModeCoverage c = ModeCoverage.measure(new float[] {0.6f, 0f, 0.4f, 0f, 0.9f, 0f}, modes, 0.1);
        assertArrayEquals(new int[] {1, 2}, c.samplesPerMode());
        assertEquals(1, c.modesCaptured(), "only the point at 0.9 is within 0.3 of a mode");
        assertEquals(1.0 / 3, c.highQualityFraction(), 1e-12);
        assertEquals((0.4 + 0.4 + 0.1) / 3, c.meanDistanceToNearestMode(), 1e-6);
    }

    @Test
    void noPointsGiveNothingCapturedAndNoDistance() {
        ModeCoverage c = ModeCoverage.measure(new float[0], RING.modes(), SIGMA);
        assertEquals(0, c.modesCaptured());
        assertEquals(0, c.highQualityFraction(), 0);
        assertEquals(0, c.reverseKl(), 0);
        assertTrue(Double.isNaN(c.meanDistanceToNearestMode()));
    }
}
