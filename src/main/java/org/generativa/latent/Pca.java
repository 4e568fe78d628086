package org.generativa.latent;

import java.util.SplittableRandom;
import org.generativa.family.CodeStatistics;

/**
 * The two leading principal components of a set of codes: power iteration on the covariance matrix, then
 * again after removing the first component (deflation). Each axis has unit length and its largest entry
 * positive, so the result does not depend on the starting vector's sign.
 */
public final class Pca {

    static final int MAX_ITERATIONS = 2000;
    static final double TOLERANCE = 1e-12;
    private static final long START_SEED = 0x504341L;

    private Pca() {}

    /** The plane of the two leading components through the codes' mean. Needs codes of at least 2 dimensions. */
    public static Projection twoComponents(float[] codes, int count, int size) {
        if (size < 2 || count < 2) {
            throw new IllegalArgumentException("a 2-D projection needs at least 2 codes of 2 or more dimensions");
        }
        CodeStatistics stats = CodeStatistics.of(codes, count, size);
        double[][] covariance = covariance(codes, count, size, stats.mean());
        double[] first = leadingEigenvector(covariance);
        double firstValue = rayleigh(covariance, first);
        deflate(covariance, first, firstValue);
        double[] second = leadingEigenvector(covariance);
        double along = dot(second, first);
        for (int j = 0; j < size; j++) {
            second[j] -= along * first[j];
        }
        normalise(second);
        fixSign(second);
        double secondValue = rayleigh(covariance, second);
        float[] mean = new float[size];
        for (int j = 0; j < size; j++) {
            mean[j] = (float) stats.mean()[j];
        }
        return new Projection(mean, toFloat(first), toFloat(second), new double[] {firstValue, secondValue});
    }

    static double[][] covariance(float[] codes, int count, int size, double[] mean) {
        double[][] c = new double[size][size];
        double[] centred = new double[size];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < size; j++) {
                centred[j] = codes[i * size + j] - mean[j];
            }
            for (int a = 0; a < size; a++) {
                double ca = centred[a];
                double[] row = c[a];
                for (int b = a; b < size; b++) {
                    row[b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < size; a++) {
            for (int b = a; b < size; b++) {
                c[a][b] /= count;
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    private static double[] leadingEigenvector(double[][] matrix) {
        int n = matrix.length;
        SplittableRandom random = new SplittableRandom(START_SEED);
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = random.nextGaussian();
        }
        normalise(v);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] next = multiply(matrix, v);
            if (normalise(next) == 0) {
                break; // the matrix is zero along v: any direction is as good
            }
            double change = 0;
            for (int j = 0; j < n; j++) {
                change += (next[j] - v[j]) * (next[j] - v[j]);
            }
            v = next;
            if (change < TOLERANCE) {
                break;
            }
        }
        fixSign(v);
        return v;
    }

    private static void deflate(double[][] matrix, double[] v, double value) {
        for (int a = 0; a < matrix.length; a++) {
            for (int b = 0; b < matrix.length; b++) {
                matrix[a][b] -= value * v[a] * v[b];
            }
        }
    }

    private static double rayleigh(double[][] matrix, double[] v) {
        return dot(v, multiply(matrix, v));
    }

    private static double[] multiply(double[][] matrix, double[] v) {
        double[] out = new double[v.length];
        for (int a = 0; a < v.length; a++) {
            out[a] = dot(matrix[a], v);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    /** Scales to unit length and returns the length it had. */
    private static double normalise(double[] v) {
        double length = Math.sqrt(dot(v, v));
        if (length > 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= length;
            }
        }
        return length;
    }

    private static void fixSign(double[] v) {
        int largest = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[largest])) {
                largest = j;
            }
        }
        if (v[largest] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
        }
    }

    private static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = (float) v[j];
        }
        return out;
    }
}
