package org.generativa.metrics;

/**
 * Mean and covariance (divisor n - 1) of a set of feature vectors, in double precision. The square
 * root of the covariance is computed once, on first use, so a fixed reference set costs one
 * eigendecomposition however many times it is compared.
 */
public final class GaussianStats {

    private final double[] mean;
    private final double[][] covariance;
    private final int count;
    private double[][] covarianceSqrt;

    public GaussianStats(double[] mean, double[][] covariance, int count) {
        if (covariance.length != mean.length) {
            throw new IllegalArgumentException("Mean and covariance sizes differ.");
        }
        this.mean = mean.clone();
        this.covariance = covariance;
        this.count = count;
    }

    /** Statistics of {@code count} vectors of {@code dim} values laid out row after row. */
    public static GaussianStats of(float[] rows, int count, int dim) {
        if (count < 2) {
            throw new IllegalArgumentException("A covariance needs at least two vectors, not " + count + ".");
        }
        if (rows.length < (long) count * dim) {
            throw new IllegalArgumentException("Expected " + count + " x " + dim + " values, got " + rows.length + ".");
        }
        double[] mean = new double[dim];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < dim; j++) {
                mean[j] += rows[i * dim + j];
            }
        }
        for (int j = 0; j < dim; j++) {
            mean[j] /= count;
        }
        double[][] cov = new double[dim][dim];
        double[] centred = new double[dim];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < dim; j++) {
                centred[j] = rows[i * dim + j] - mean[j];
            }
            for (int a = 0; a < dim; a++) {
                double ca = centred[a];
                if (ca == 0) {
                    continue;
                }
                double[] row = cov[a];
                for (int b = a; b < dim; b++) {
                    row[b] += ca * centred[b];
                }
            }
        }
        for (int a = 0; a < dim; a++) {
            for (int b = a; b < dim; b++) {
                cov[a][b] /= count - 1;
                cov[b][a] = cov[a][b];
            }
        }
        return new GaussianStats(mean, cov, count);
    }

    public int dimension() {
        return mean.length;
    }

    public int count() {
        return count;
    }

    public double[] mean() {
        return mean.clone();
    }

    double[] meanView() {
        return mean;
    }

    double[][] covarianceView() {
        return covariance;
    }

    synchronized double[][] covarianceSqrt() {
        if (covarianceSqrt == null) {
            covarianceSqrt = SymmetricEigen.sqrt(covariance);
        }
        return covarianceSqrt;
    }
}
