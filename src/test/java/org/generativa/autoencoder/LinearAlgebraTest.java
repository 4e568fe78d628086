package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.generativa.common.StandardNormal;
import org.generativa.metrics.SymmetricEigen;
import org.junit.jupiter.api.Test;

/** Orthonormal bases, principal angles and principal subspaces in double precision. */
class LinearAlgebraTest {

    @Test
    void gramSchmidtGivesAnOrthonormalBasisAndZeroForADependentColumn() {
        double[][] q = Orthonormal.columns(new double[][] {{3, 0, 4}, {1, 1, 0}, {6, 0, 8}});
        assertArrayEquals(new double[] {0.6, 0, 0.8}, q[0], 1e-12);
        assertEquals(1, Orthonormal.norm(q[1]), 1e-12);
        assertEquals(0, Orthonormal.dot(q[0], q[1]), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0}, q[2], 0);
    }

    @Test
    void anglesBetweenTwoPlanesInFourDimensions() {
        double a = Math.toRadians(30);
        double b = Math.toRadians(70);
        double[][] q1 = {{1, 0, 0, 0}, {0, 1, 0, 0}};
        double[][] q2 = {{Math.cos(a), 0, Math.sin(a), 0}, {0, Math.cos(b), 0, Math.sin(b)}};
        assertArrayEquals(new double[] {70, 30}, PrincipalAngles.degrees(q1, q2), 1e-9);
        assertArrayEquals(new double[] {0, 0}, PrincipalAngles.degrees(q1, new double[][] {q1[1], q1[0]}), 1e-6);
    }

    @Test
    void aRankDeficientSpanIsNinetyDegreesAway() {
        double[][] plane = {{1, 0, 0}, {0, 1, 0}};
        double[][] line = Orthonormal.columns(new double[][] {{1, 1, 0}, {2, 2, 0}});
        assertEquals(90, PrincipalAngles.degrees(line, plane)[0], 1e-9);
    }

    /** Data with variances 9, 4, 1, 0.25, 0.01 along a rotated basis: the top two directions come back. */
    @Test
    void principalSubspaceFindsTheDirectionsOfLargestVariance() {
        int d = 5;
        int n = 20_000;
        double[][] basis = Orthonormal.columns(new double[][] {{1, 2, 0, 0, 1}, {0, 1, -1, 3, 0}, {2, 0, 1, 0, 1},
                {0, 0, 1, 1, 1}, {1, -1, 1, -1, 1}});
        double[] scales = {3, 2, 1, 0.5, 0.1};
        SplittableRandom random = new SplittableRandom(3);
        float[] data = new float[n * d];
        for (int s = 0; s < n; s++) {
            for (int k = 0; k < d; k++) {
                double c = scales[k] * StandardNormal.draw(random);
                for (int r = 0; r < d; r++) {
                    data[s * d + r] += (float) (c * basis[k][r] + (r == 0 ? 5 : 0));
                }
            }
        }
        PrincipalSubspace pca = PrincipalSubspace.of(data, n, d, 2, 1);
        assertEquals(9, pca.variances()[0], 0.3);
        assertEquals(4, pca.variances()[1], 0.15);
        double[] angles = PrincipalAngles.degrees(pca.directions(), new double[][] {basis[0], basis[1]});
        assertEquals(0, angles[0], 2.0);
    }

    /** Slowly decaying variances need many rounds; the result must match a full eigendecomposition of the same sample. */
    @Test
    void subspaceIterationAgreesWithAFullEigendecompositionOfTheSampleCovariance() {
        int d = 40;
        int n = 4000;
        SplittableRandom random = new SplittableRandom(5);
        float[] data = new float[n * d];
        for (int s = 0; s < n; s++) {
            for (int r = 0; r < d; r++) {
                data[s * d + r] = (float) (StandardNormal.draw(random) * (d - r) + (r % 3 == 0 ? 0.5 : 0));
            }
        }
        int k = 6;
        PrincipalSubspace pca = PrincipalSubspace.of(data, n, d, k, 2);
        SymmetricEigen full = SymmetricEigen.of(PrincipalSubspace.covariance(data, n, d));
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(full.values()[b], full.values()[a]));
        double[][] top = new double[k][d];
        for (int i = 0; i < k; i++) {
            for (int r = 0; r < d; r++) {
                top[i][r] = full.vectors()[r][order[i]];
            }
            assertEquals(full.values()[order[i]], pca.variances()[i], 1e-6 * full.values()[order[0]]);
        }
        assertEquals(0, PrincipalAngles.degrees(pca.directions(), top)[0], 1e-3);
    }
}
