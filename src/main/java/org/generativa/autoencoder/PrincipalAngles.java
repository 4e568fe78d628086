package org.generativa.autoencoder;

import java.util.Arrays;
import org.generativa.metrics.SymmetricEigen;

/**
 * The principal angles between two subspaces given by orthonormal bases (arrays of column vectors):
 * the singular values of {@code Q1^T Q2} are their cosines. The singular values come from the symmetric
 * eigenvalues of the smaller Gram matrix {@code M M^T} or {@code M^T M}.
 */
public final class PrincipalAngles {

    private PrincipalAngles() {}

    /** The min(k1, k2) angles in degrees, largest first. */
    public static double[] degrees(double[][] q1, double[][] q2) {
        double[][] small = q1.length <= q2.length ? q1 : q2;
        double[][] large = small == q1 ? q2 : q1;
        int k = small.length;
        double[][] m = new double[k][large.length];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < large.length; j++) {
                m[i][j] = Orthonormal.dot(small[i], large[j]);
            }
        }
        double[][] gram = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                gram[i][j] = Orthonormal.dot(m[i], m[j]);
            }
        }
        double[] cosSquared = SymmetricEigen.of(gram).values();
        double[] angles = new double[k];
        for (int i = 0; i < k; i++) {
            double cos = Math.sqrt(Math.min(1, Math.max(0, cosSquared[i])));
            angles[i] = Math.toDegrees(Math.acos(cos));
        }
        Arrays.sort(angles);
        for (int i = 0; i < k / 2; i++) {
            double t = angles[i];
            angles[i] = angles[k - 1 - i];
            angles[k - 1 - i] = t;
        }
        return angles;
    }
}
