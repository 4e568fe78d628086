package org.generativa.metrics;

/**
 * Eigendecomposition of a real symmetric matrix by the cyclic Jacobi method, in double precision:
 * {@code a = V diag(values) V^T} with orthonormal eigenvectors in the columns of {@code V}.
 */
public record SymmetricEigen(double[] values, double[][] vectors) {

    private static final int MAX_SWEEPS = 100;

    public static SymmetricEigen of(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("The matrix is not square.");
            }
            a[i] = matrix[i].clone();
        }
        double[][] v = identity(n);
        double scale = frobeniusSquared(a);
        for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonalSquared(a) > 1e-30 * scale; sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(a, v, p, q);
                }
            }
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = a[i][i];
        }
        return new SymmetricEigen(values, v);
    }

    /**
     * The symmetric positive semi-definite square root of a covariance-like matrix; eigenvalues
     * that rounding made slightly negative count as zero.
     */
    public static double[][] sqrt(double[][] matrix) {
        SymmetricEigen eigen = of(matrix);
        int n = matrix.length;
        double[][] result = new double[n][n];
        for (int k = 0; k < n; k++) {
            double root = Math.sqrt(Math.max(eigen.values[k], 0));
            if (root == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                double vik = eigen.vectors[i][k] * root;
                for (int j = 0; j < n; j++) {
                    result[i][j] += vik * eigen.vectors[j][k];
                }
            }
        }
        return result;
    }

    /** Sum of the square roots of the eigenvalues (negative ones, from rounding, count as zero). */
    public static double traceOfSqrt(double[][] matrix) {
        double sum = 0;
        for (double value : of(matrix).values) {
            sum += Math.sqrt(Math.max(value, 0));
        }
        return sum;
    }

    /** One Jacobi rotation in the (p, q) plane that zeroes {@code a[p][q]}. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        double apq = a[p][q];
        if (apq == 0) {
            return;
        }
        double theta = (a[q][q] - a[p][p]) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = a.length;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        a[p][q] = 0;
        a[q][p] = 0;
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double frobeniusSquared(double[][] a) {
        double sum = 0;
        for (double[] row : a) {
            for (double x : row) {
                sum += x * x;
            }
        }
        return sum;
    }

    private static double offDiagonalSquared(double[][] a) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (i != j) {
                    sum += a[i][j] * a[i][j];
                }
            }
        }
        return sum;
    }
}
