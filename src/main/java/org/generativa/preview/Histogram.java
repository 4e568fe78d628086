package org.generativa.preview;

/** Densities of two 1-D samples over one shared range, for plotting them against each other. */
public record Histogram(double min, double max, double[] real, double[] generated) {

    /** Bins both samples over the range of the real data widened by half its width on each side. */
    public static Histogram of(ScalarSamples samples, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : samples.real()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi > lo)) {
            lo = -1;
            hi = 1;
        }
        double pad = (hi - lo) / 2;
        lo -= pad;
        hi += pad;
        return new Histogram(lo, hi, density(samples.real(), lo, hi, bins), density(samples.generated(), lo, hi, bins));
    }

    /** Fraction of values per unit length in each bin; values outside the range are left out. */
    private static double[] density(float[] values, double lo, double hi, int bins) {
        double[] counts = new double[bins];
        double width = (hi - lo) / bins;
        for (float v : values) {
            int bin = (int) Math.floor((v - lo) / width);
            if (bin >= 0 && bin < bins) {
                counts[bin]++;
            }
        }
        for (int i = 0; i < bins; i++) {
            counts[i] /= Math.max(1, values.length) * width;
        }
        return counts;
    }
}
