package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

    @Test
    void twoByTwoHasTheHandComputedEigenvaluesAndVectors() {
        // [[5, 4], [4, 5]]: eigenvalues 9 (vector (1, 1)/sqrt 2) and 1 (vector (1, -1)/sqrt 2)
        SymmetricEigen eigen = SymmetricEigen.of(new double[][] {{5, 4}, {4, 5}});
        double[] values = eigen.values().clone();
        Arrays.sort(values);
        assertArrayEquals(new double[] {1, 9}, values, 1e-12);
        int nine = eigen.values()[0] > eigen.values()[1] ? 0 : 1;
        double[][] v = eigen.vectors();
        assertEquals(Math.sqrt(0.5), Math.abs(v[0][nine]), 1e-12);
        assertEquals(v[0][nine], v[1][nine], 1e-12);
        assertEquals(v[0][1 - nine], -v[1][1 - nine], 1e-12);
    }

    @Test
    void squareRootOfTwoByTwoIsTheHandComputedMatrix() {
        // [[2, 1], [1, 2]]^2 = [[5, 4], [4, 5]]
        double[][] root = SymmetricEigen.sqrt(new double[][] {{5, 4}, {4, 5}});
        assertArrayEquals(new double[] {2, 1}, root[0], 1e-12);
        assertArrayEquals(new double[] {1, 2}, root[1], 1e-12);
        assertEquals(4, SymmetricEigen.traceOfSqrt(new double[][] {{5, 4}, {4, 5}}), 1e-12);
    }

    @Test
    void squareRootOfADiagonalMatrixIsElementwise() {
        double[][] root = SymmetricEigen.sqrt(new double[][] {{4, 0, 0}, {0, 9, 0}, {0, 0, 0.25}});
        assertArrayEquals(new double[] {2, 0, 0}, root[0], 1e-12);
        assertArrayEquals(new double[] {0, 3, 0}, root[1], 1e-12);
        assertArrayEquals(new double[] {0, 0, 0.5}, root[2], 1e-12);
    }

    @Test
    void randomSymmetricMatrixIsRebuiltFromOrthonormalEigenvectors() {
        int n = 40;
        SplittableRandom random = new SplittableRandom(3);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = random.nextDouble(-1, 1);
                a[j][i] = a[i][j];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(a);
        double[][] v = eigen.vectors();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double rebuilt = 0;
                double gram = 0;
                for (int k = 0; k < n; k++) {
                    rebuilt += v[i][k] * eigen.values()[k] * v[j][k];
                    gram += v[k][i] * v[k][j];
                }
                assertEquals(a[i][j], rebuilt, 1e-10, "A[" + i + "][" + j + "]");
                assertEquals(i == j ? 1 : 0, gram, 1e-10, "V^T V[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void squareRootOfACovarianceSquaresBackToIt() {
        int n = 30;
        SplittableRandom random = new SplittableRandom(4);
        double[][] b = new double[n][n];
        for (double[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextDouble(-1, 1);
            }
        }
        double[][] bt = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                bt[i][j] = b[j][i];
            }
        }
        double[][] covariance = FrechetDistance.multiply(b, bt);
        double[][] root = SymmetricEigen.sqrt(covariance);
        double[][] squared = FrechetDistance.multiply(root, root);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(covariance[i], squared[i], 1e-9);
        }
    }

    @Test
    void roundingNegativeEigenvaluesCountAsZero() {
        // rank one: eigenvalues 2 and 0; a tiny negative perturbation must not produce NaN
        double[][] nearlySingular = {{1, 1}, {1, 1 - 1e-15}};
        assertEquals(Math.sqrt(2), SymmetricEigen.traceOfSqrt(nearlySingular), 1e-7);
    }
}
