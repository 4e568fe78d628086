package org.generativa.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Interpolation paths and traversal values, without a model. */
class PathsTest {

    @Test
    void pathsHaveTheirFramesEvenlySpacedFromEndToEnd() {
        float[] a = {0, 2};
        float[] b = {4, -2};
        float[] path = Interpolation.path(a, b, 5, Interpolation.Kind.LINEAR);
        assertEquals(10, path.length);
        assertArrayEquals(new float[] {0, 2, 1, 1, 2, 0, 3, -1, 4, -2}, path, 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> Interpolation.path(a, b, 1, Interpolation.Kind.LINEAR));
    }

    @Test
    void sphericalPathsBetweenUnitCodesStayOnTheSphere() {
        float[] a = {1, 0, 0};
        float[] b = {0, 0.6f, 0.8f};
        float[] path = Interpolation.path(a, b, 9, Interpolation.Kind.SPHERICAL);
        for (int f = 0; f < 9; f++) {
            float[] code = LatentMath.row(path, f, 3);
            assertEquals(1, LatentMath.norm(code), 1e-5, "frame " + f);
            assertEquals(Math.PI / 2 * f / 8, Math.acos(LatentMath.dot(code, a)), 1e-5, "equal angles, frame " + f);
        }
        float[] linear = Interpolation.path(a, b, 9, Interpolation.Kind.LINEAR);
        assertEquals(Math.sqrt(0.5), LatentMath.norm(LatentMath.row(linear, 4, 3)), 1e-5, "lerp cuts the corner");
    }

    @Test
    void traversalValuesSpanThreeSigmaEachSideOfTheMean() {
        assertArrayEquals(new float[] {-3, -2, -1, 0, 1, 2, 3}, Traversal.values(0, 1, 7), 1e-6f);
        assertArrayEquals(new float[] {0.2f, 0.5f, 0.8f}, Traversal.values(0.5, 0.1, 3), 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> Traversal.values(0, 1, 1));
    }

    @Test
    void dimensionsAreOrderedByImportanceTiesByIndex() {
        assertArrayEquals(new int[] {2, 0, 3, 1}, Traversal.byImportance(new double[] {0.5, 0.1, 2, 0.5}));
        assertArrayEquals(new int[] {0, 1, 2}, Traversal.byImportance(new double[] {1, 1, 1}));
    }
}
