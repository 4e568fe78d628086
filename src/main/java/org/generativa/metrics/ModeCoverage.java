package org.generativa.metrics;

import org.generativa.preview.Report;

/**
 * Mode metrics for samples from a mixture with known modes (VEEGAN / PacGAN definitions).
 * A sample is high quality when it lies within 3 sigma of its nearest mode; a mode is captured
 * when at least one high-quality sample is nearest to it; reverse KL compares the share of samples
 * nearest to each mode with the uniform 1/K.
 */
public record ModeCoverage(int modesCaptured, int modes, double highQualityFraction, double reverseKl,
        double meanDistanceToNearestMode, int[] samplesPerMode) implements Report {

    public static ModeCoverage measure(float[] points, float[][] modes, double sigma) {
        int n = points.length / 2;
        int k = modes.length;
        int[] nearestCount = new int[k];
        int[] highQualityCount = new int[k];
        int highQuality = 0;
        double distanceSum = 0;
        for (int i = 0; i < n; i++) {
            double x = points[2 * i];
            double y = points[2 * i + 1];
            int nearest = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int m = 0; m < k; m++) {
                double dx = x - modes[m][0];
                double dy = y - modes[m][1];
                double d = dx * dx + dy * dy;
                if (d < best) {
                    best = d;
                    nearest = m;
                }
            }
            double distance = Math.sqrt(best);
            distanceSum += distance;
            nearestCount[nearest]++;
            if (distance < 3 * sigma) {
                highQuality++;
                highQualityCount[nearest]++;
            }
        }
        int captured = 0;
        double reverseKl = 0;
        for (int m = 0; m < k; m++) {
            if (highQualityCount[m] > 0) {
                captured++;
            }
            if (nearestCount[m] > 0) {
                double p = (double) nearestCount[m] / n;
                reverseKl += p * Math.log(p * k);
            }
        }
        return new ModeCoverage(captured, k, n == 0 ? 0 : (double) highQuality / n, reverseKl,
                n == 0 ? Double.NaN : distanceSum / n, nearestCount);
    }
}
