package org.generativa.metrics;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a batch of generated images looks to the reference classifier.
 *
 * <p>The class histogram counts recognisable samples only (top real class at probability >= 0.9), so
 * quality (the recognisable fraction) and diversity (the histogram and its KL divergence to uniform)
 * are read separately: unrecognisable junk does not pose as a class.
 *
 * @param count generated images scored
 * @param recognisable how many of them are recognisable
 * @param classCounts recognisable samples per real class
 * @param klToUniform {@code KL(p || U) = sum_k p_k log(p_k K)} of the recognisable histogram: 0 when
 *     all classes are equally frequent, log K when one class has them all; NaN when none is recognisable
 * @param condAccuracy share of samples whose most probable output is the class asked for; NaN when no
 *     classes were asked for
 * @param frechetDistance Fréchet distance between the classifier's features of these images and of the
 *     held-out real reference images; NaN for fewer than two images
 */
public record SampleScore(int count, int recognisable, int[] classCounts, double klToUniform, double condAccuracy,
        double frechetDistance) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "%d samples, %d recognisable, classes %s, KL to uniform %.4f, cond accuracy %.4f, Frechet distance %.3f",
                count, recognisable, Arrays.toString(classCounts), klToUniform, condAccuracy, frechetDistance);
    }

    public double recognisableFraction() {
        return count == 0 ? Double.NaN : (double) recognisable / count;
    }

    /** The recognisable histogram as fractions that sum to 1 (all zero when none is recognisable). */
    public double[] classFractions() {
        double[] p = new double[classCounts.length];
        for (int k = 0; k < p.length && recognisable > 0; k++) {
            p[k] = (double) classCounts[k] / recognisable;
        }
        return p;
    }

    /** {@code KL(p || U)} of a histogram over {@code counts.length} classes; NaN for an empty one. */
    public static double klToUniform(int[] counts) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            return Double.NaN;
        }
        double kl = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = (double) c / total;
                kl += p * Math.log(p * counts.length);
            }
        }
        return kl;
    }
}
