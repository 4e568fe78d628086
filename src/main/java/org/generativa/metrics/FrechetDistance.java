package org.generativa.metrics;

/**
 * The Fréchet distance between two Gaussians,
 * {@code ||mu1 - mu2||^2 + Tr(S1 + S2 - 2 (S1 S2)^(1/2))}. The trace of the square root is taken as
 * {@code Tr((S1^(1/2) S2 S1^(1/2))^(1/2))}, the same number for a symmetric matrix whose eigenvalues
 * are real and non-negative.
 */
public final class FrechetDistance {

    private FrechetDistance() {}

    public static double between(GaussianStats first, GaussianStats second) {
        int n = first.dimension();
        if (second.dimension() != n) {
            throw new IllegalArgumentException("Feature sizes differ: " + n + " and " + second.dimension() + ".");
        }
        double[] mu1 = first.meanView();
        double[] mu2 = second.meanView();
        double meanTerm = 0;
        for (int i = 0; i < n; i++) {
            double d = mu1[i] - mu2[i];
            meanTerm += d * d;
        }
        double[][] s1 = first.covarianceView();
        double[][] s2 = second.covarianceView();
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += s1[i][i] + s2[i][i];
        }
        double[][] root = first.covarianceSqrt();
        double[][] product = multiply(multiply(root, s2), root);
        symmetrize(product);
        double distance = meanTerm + trace - 2 * SymmetricEigen.traceOfSqrt(product);
        return Math.max(distance, 0);
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        int inner = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            double[] ci = c[i];
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                if (aik == 0) {
                    continue;
                }
                double[] bk = b[k];
                for (int j = 0; j < m; j++) {
                    ci[j] += aik * bk[j];
                }
            }
        }
        return c;
    }

    private static void symmetrize(double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                double mean = (m[i][j] + m[j][i]) / 2;
                m[i][j] = mean;
                m[j][i] = mean;
            }
        }
    }
}
