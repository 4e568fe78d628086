package org.generativa.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.generativa.family.CodeStatistics;
import org.generativa.metrics.SymmetricEigen;
import org.junit.jupiter.api.Test;

class PcaTest {

    /** Codes spread 5 along u, 2 along v (orthonormal, not axis-aligned) and 0.1 elsewhere, around a mean. */
    private static float[] planted(int count, double[] mean, double[] u, double[] v, long seed) {
        int d = mean.length;
        SplittableRandom random = new SplittableRandom(seed);
        float[] codes = new float[count * d];
        for (int i = 0; i < count; i++) {
            double a = 5 * random.nextGaussian();
            double b = 2 * random.nextGaussian();
            for (int j = 0; j < d; j++) {
                codes[i * d + j] = (float) (mean[j] + a * u[j] + b * v[j] + 0.1 * random.nextGaussian());
            }
        }
        return codes;
    }

    private static double dot(float[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    @Test
    void findsThePlantedPlaneItsVariancesAndTheMean() {
        double[] mean = {1, -2, 0.5, 3, 0, 0};
        double[] u = {0.5, 0.5, 0.5, 0.5, 0, 0};
        double[] v = {0.5, -0.5, 0.5, -0.5, 0, 0};
        float[] codes = planted(4000, mean, u, v, 3);
        Projection p = Pca.twoComponents(codes, 4000, 6);

        assertEquals(1, Math.abs(dot(p.axisX(), u)), 1e-3, "first axis along u");
        assertEquals(1, Math.abs(dot(p.axisY(), v)), 1e-3, "second axis along v");
        assertEquals(25, p.variance()[0], 1.5);
        assertEquals(4, p.variance()[1], 0.3);
        for (int j = 0; j < 6; j++) {
            assertEquals(mean[j], p.mean()[j], 0.2);
        }
        assertEquals(1, LatentMath.norm(p.axisX()), 1e-6);
        assertEquals(1, LatentMath.norm(p.axisY()), 1e-6);
        assertEquals(0, LatentMath.dot(p.axisX(), p.axisY()), 1e-6);
    }

    @Test
    void agreesWithAJacobiEigendecompositionOfTheCovariance() {
        SplittableRandom random = new SplittableRandom(7);
        int d = 5;
        int n = 300;
        float[] codes = new float[n * d];
        for (int i = 0; i < n; i++) {
            double shared = random.nextGaussian();
            for (int j = 0; j < d; j++) {
                codes[i * d + j] = (float) ((j + 1) * random.nextGaussian() + (j % 2 == 0 ? shared : -shared));
            }
        }
        Projection p = Pca.twoComponents(codes, n, d);
        double[][] covariance = Pca.covariance(codes, n, d, CodeStatistics.of(codes, n, d).mean());
        SymmetricEigen eigen = SymmetricEigen.of(covariance);
        int[] order = Traversal.byImportance(eigen.values());
        for (int k = 0; k < 2; k++) {
            double[] expected = new double[d];
            for (int j = 0; j < d; j++) {
                expected[j] = eigen.vectors()[j][order[k]];
            }
            float[] axis = k == 0 ? p.axisX() : p.axisY();
            assertEquals(1, Math.abs(dot(axis, expected)), 1e-6, "component " + k);
            assertEquals(eigen.values()[order[k]], p.variance()[k], 1e-6 * eigen.values()[order[0]]);
        }
    }

    @Test
    void aClickedPointMapsToTheCodeThatProjectsBackOntoIt() {
        double[] mean = {1, -2, 0.5, 3, 0, 0};
        float[] codes = planted(500, mean, new double[] {0, 0, 0, 0, 1, 0}, new double[] {0, 0, 0, 0, 0, 1}, 5);
        Projection p = Pca.twoComponents(codes, 500, 6);
        float[] code = p.toCode(1.5, -0.75);
        assertArrayEquals(new float[] {1.5f, -0.75f}, p.project(code, 1), 1e-5f);
        float[] centre = p.toCode(0, 0);
        assertArrayEquals(p.mean(), centre, 0f);
        // A code off the plane projects to the point whose code is its nearest point on the plane.
        float[] off = codes.clone();
        float[] point = p.project(off, 1);
        float[] back = p.toCode(point[0], point[1]);
        float[] residual = new float[6];
        for (int j = 0; j < 6; j++) {
            residual[j] = off[j] - back[j];
        }
        assertEquals(0, LatentMath.dot(residual, p.axisX()), 1e-4);
        assertEquals(0, LatentMath.dot(residual, p.axisY()), 1e-4);
    }

    @Test
    void axisPlanesAndPercentiles() {
        Projection p = Projection.axes(4, 0, 1);
        assertArrayEquals(new float[] {3, -1}, p.project(new float[] {3, -1, 7, 7}, 1), 0f);
        assertArrayEquals(new float[] {3, -1, 0, 0}, p.toCode(3, -1), 0f);
        Projection line = Projection.axes(1, 0, -1);
        assertArrayEquals(new float[] {2, 0}, line.project(new float[] {2}, 1), 0f);
        assertEquals(5.5, LatentMaps.percentile(new double[] {10, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 50), 1e-12);
        assertEquals(1.09, LatentMaps.percentile(new double[] {10, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 1), 1e-12);
        assertTrue(LatentMaps.percentile(new double[] {4}, 99) == 4);
    }
}
