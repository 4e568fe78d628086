package org.generativa.autoencoder;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.generativa.common.StandardNormal;
import org.generativa.metrics.SymmetricEigen;

/**
 * The top principal directions of a sample (eigenvectors of its covariance with the largest
 * eigenvalues), in double precision: subspace iteration with a few extra columns and a Rayleigh-Ritz
 * rotation each round, so only a d x (k + extra) block is ever multiplied by the d x d covariance.
 *
 * @param directions orthonormal column vectors, largest variance first
 * @param variances their eigenvalues
 */
public record PrincipalSubspace(double[][] directions, double[] variances) {

    private static final int EXTRA_COLUMNS = 8;
    private static final int MAX_ROUNDS = 1000;
    /** Stop when every wanted Ritz pair's residual ||C q - lambda q|| is this small relative to the top eigenvalue. */
    private static final double TOLERANCE = 1e-9;

    /**
     * @param data {@code n} rows of {@code d} values, one after another
     * @param k directions wanted (at most d)
     */
    public static PrincipalSubspace of(float[] data, int n, int d, int k, long seed) {
        if (k < 1 || k > d) {
            throw new IllegalArgumentException("Cannot take " + k + " principal directions of " + d + "-dimensional data.");
        }
        double[][] c = covariance(data, n, d);
        int m = Math.min(d, k + EXTRA_COLUMNS);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] q = new double[m][d];
        for (double[] column : q) {
            for (int r = 0; r < d; r++) {
                column[r] = StandardNormal.draw(random);
            }
        }
        q = Orthonormal.columns(q);
        double[] values = new double[m];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double[][] y = times(c, q);
            RitzPairs ritz = RitzPairs.of(q, y);
            q = ritz.vectors;
            values = ritz.values;
            if (ritz.maxResidual(k) <= TOLERANCE * Math.max(values[0], Double.MIN_NORMAL) || m == d) {
                break;
            }
            q = Orthonormal.columns(ritz.images);
        }
        double[][] top = new double[k][];
        double[] variances = new double[k];
        for (int i = 0; i < k; i++) {
            top[i] = q[i];
            variances[i] = values[i];
        }
        return new PrincipalSubspace(top, variances);
    }

    /** Covariance with divisor n, from the raw second moment (skipping zero values: images are mostly background). */
    static double[][] covariance(float[] data, int n, int d) {
        double[][] c = new double[d][d];
        double[] mean = new double[d];
        int[] nonZero = new int[d];
        for (int s = 0; s < n; s++) {
            int base = s * d;
            int count = 0;
            for (int a = 0; a < d; a++) {
                if (data[base + a] != 0) {
                    nonZero[count++] = a;
                    mean[a] += data[base + a];
                }
            }
            for (int i = 0; i < count; i++) {
                int a = nonZero[i];
                double xa = data[base + a];
                double[] row = c[a];
                for (int j = i; j < count; j++) {
                    int b = nonZero[j];
                    row[b] += xa * data[base + b];
                }
            }
        }
        for (int a = 0; a < d; a++) {
            mean[a] /= n;
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double v = c[a][b] / n - mean[a] * mean[b];
                c[a][b] = v;
                c[b][a] = v;
            }
        }
        return c;
    }

    /** C times each column of q. */
    private static double[][] times(double[][] c, double[][] q) {
        double[][] result = new double[q.length][];
        for (int j = 0; j < q.length; j++) {
            double[] y = new double[c.length];
            for (int r = 0; r < c.length; r++) {
                y[r] = Orthonormal.dot(c[r], q[j]);
            }
            result[j] = y;
        }
        return result;
    }

    /** Ritz vectors and values of C on span(q), given y = C q, sorted by value, largest first, with their images C v. */
    private record RitzPairs(double[][] vectors, double[][] images, double[] values) {

        static RitzPairs of(double[][] q, double[][] y) {
            int m = q.length;
            double[][] t = new double[m][m];
            for (int i = 0; i < m; i++) {
                for (int j = i; j < m; j++) {
                    t[i][j] = (Orthonormal.dot(q[i], y[j]) + Orthonormal.dot(q[j], y[i])) / 2;
                    t[j][i] = t[i][j];
                }
            }
            SymmetricEigen eigen = SymmetricEigen.of(t);
            Integer[] order = new Integer[m];
            for (int i = 0; i < m; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(eigen.values()[b], eigen.values()[a]));
            double[][] vectors = new double[m][];
            double[][] images = new double[m][];
            double[] values = new double[m];
            for (int k = 0; k < m; k++) {
                int col = order[k];
                values[k] = eigen.values()[col];
                vectors[k] = combine(q, eigen.vectors(), col);
                images[k] = combine(y, eigen.vectors(), col);
            }
            return new RitzPairs(vectors, images, values);
        }

        double maxResidual(int k) {
            double worst = 0;
            for (int i = 0; i < k; i++) {
                double sum = 0;
                for (int r = 0; r < vectors[i].length; r++) {
                    double e = images[i][r] - values[i] * vectors[i][r];
                    sum += e * e;
                }
                worst = Math.max(worst, Math.sqrt(sum));
            }
            return worst;
        }

        /** sum_i basis[i] * v[i][col]. */
        private static double[] combine(double[][] basis, double[][] v, int col) {
            double[] out = new double[basis[0].length];
            for (int i = 0; i < basis.length; i++) {
                double w = v[i][col];
                for (int r = 0; r < out.length; r++) {
                    out[r] += w * basis[i][r];
                }
            }
            return out;
        }
    }
}
