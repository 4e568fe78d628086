package org.generativa.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.generativa.common.InvalidInputException;
import org.generativa.family.CodeStatistics;
import org.junit.jupiter.api.Test;

class LatentMathTest {

    private static final float EPS = 1e-6f;

    @Test
    void lerpIsTheStraightLine() {
        float[] a = {1, -2, 4};
        float[] b = {3, 2, 0};
        assertArrayEquals(a, LatentMath.lerp(a, b, 0), EPS);
        assertArrayEquals(b, LatentMath.lerp(a, b, 1), EPS);
        assertArrayEquals(new float[] {2.5f, 1, 1}, LatentMath.lerp(a, b, 0.75), EPS);
    }

    @Test
    void slerpFollowsTheGreatCircleFormula() {
        float[] x = {1, 0};
        float[] y = {0, 1};
        float h = (float) Math.sqrt(0.5);
        assertArrayEquals(new float[] {h, h}, LatentMath.slerp(x, y, 0.5), EPS, "halfway round a quarter circle");
        assertArrayEquals(new float[] {(float) Math.cos(Math.PI / 6), 0.5f}, LatentMath.slerp(x, y, 1.0 / 3), EPS);

        // Non-unit codes at 60 degrees: sin((1-t)w)/sin w a + sin(tw)/sin w b with w = pi/3.
        float[] a = {2, 0, 0};
        float[] b = {1.5f, (float) (1.5 * Math.sqrt(3)), 0};
        double w = Math.PI / 3;
        double t = 0.25;
        double wa = Math.sin((1 - t) * w) / Math.sin(w);
        double wb = Math.sin(t * w) / Math.sin(w);
        float[] expected = {(float) (wa * 2 + wb * 1.5), (float) (wb * 1.5 * Math.sqrt(3)), 0};
        assertArrayEquals(expected, LatentMath.slerp(a, b, t), 1e-5f);
        assertArrayEquals(a, LatentMath.slerp(a, b, 0), 1e-5f);
        assertArrayEquals(b, LatentMath.slerp(a, b, 1), 1e-5f);
    }

    @Test
    void slerpOfParallelOppositeOrZeroCodesIsLerp() {
        float[] a = {1, 2, 3};
        float[] twice = {2, 4, 6};
        float[] opposite = {-1, -2, -3};
        float[] nearly = {1, 2, 3.0000001f};
        float[] zero = {0, 0, 0};
        for (float[] b : new float[][] {twice, opposite, nearly, zero}) {
            float[] s = LatentMath.slerp(a, b, 0.3);
            for (float v : s) {
                assertEquals(false, Float.isNaN(v));
            }
            assertArrayEquals(LatentMath.lerp(a, b, 0.3), s, 1e-5f);
        }
        assertArrayEquals(new float[] {0, 0, 0}, LatentMath.slerp(a, opposite, 0.5), EPS, "through the origin");
    }

    @Test
    void arithmeticAndDirections() {
        assertArrayEquals(new float[] {4, 1}, LatentMath.arithmetic(new float[] {3, 2}, new float[] {1, 2}, new float[] {2, 1}), EPS);
        assertArrayEquals(new float[] {2, -1}, LatentMath.addScaled(new float[] {1, 1}, new float[] {2, -4}, 0.5), EPS);
        assertArrayEquals(new float[] {3, 4}, LatentMath.row(new float[] {1, 2, 3, 4, 5, 6}, 1, 2), EPS);
        assertThrows(IllegalArgumentException.class, () -> LatentMath.lerp(new float[2], new float[3], 0.5));
        assertThrows(IllegalArgumentException.class, () -> LatentMath.arithmetic(new float[2], new float[2], new float[1]));
    }

    @Test
    void attributeVectorIsTheDifferenceOfGroupMeans() {
        float[] codes = {1, 0, 3, 2, 10, 10, -1, 4};
        boolean[] has = {true, true, false, false};
        // with: mean of (1,0),(3,2) = (2,1); without: mean of (10,10),(-1,4) = (4.5,7)
        assertArrayEquals(new float[] {-2.5f, -6}, AttributeVectors.difference(codes, 4, 2, has), EPS);
        AttributeVector v = new AttributeVector("x", new float[] {1, 2}, 2, 2);
        assertArrayEquals(new float[] {1.5f, 2}, v.applyTo(new float[] {1, 1}, 0.5), EPS);
        String none = assertThrows(InvalidInputException.class,
                () -> AttributeVectors.difference(codes, 4, 2, new boolean[4])).getMessage();
        assertEquals("An attribute vector needs items with and without the attribute, and all 4 items lack it.", none);
    }

    @Test
    void codeStatisticsArePopulationMeanAndDeviation() {
        CodeStatistics s = CodeStatistics.of(new float[] {1, 10, 3, 10, 5, 10}, 3, 2);
        assertArrayEquals(new double[] {3, 10}, s.mean(), 1e-12);
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), 0}, s.std(), 1e-12);
        assertArrayEquals(new double[] {8.0 / 3, 0}, s.variance(), 1e-12);
        CodeStatistics prior = CodeStatistics.standardNormal(3);
        assertArrayEquals(new double[] {0, 0, 0}, prior.mean());
        assertArrayEquals(new double[] {1, 1, 1}, prior.std());
    }
}
