package org.generativa.autoencoder;

/** Orthonormal bases in double precision; a basis is an array of column vectors. */
public final class Orthonormal {

    /** A column whose norm falls below this share of its original norm is dependent on the ones before it. */
    private static final double DEPENDENT = 1e-10;

    private Orthonormal() {}

    /**
     * An orthonormal basis of the span of {@code columns}, column by column (modified Gram-Schmidt, run
     * twice for accuracy). A column that depends on earlier ones comes out as zero, so a rank-deficient
     * span keeps its (smaller) dimension.
     */
    public static double[][] columns(double[][] columns) {
        double[][] q = new double[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            double[] v = columns[j].clone();
            double original = norm(v);
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < j; i++) {
                    double projection = dot(q[i], v);
                    for (int r = 0; r < v.length; r++) {
                        v[r] -= projection * q[i][r];
                    }
                }
            }
            double length = norm(v);
            boolean dependent = original == 0 || length < DEPENDENT * original;
            for (int r = 0; r < v.length; r++) {
                v[r] = dependent ? 0 : v[r] / length;
            }
            q[j] = v;
        }
        return q;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
