package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PointDistributionsTest {

    private static final int N = 100_000;

    @Test
    void eachIsAnUnlabelledPlaneDistributionSampledAfresh() {
        for (PointDistribution d : List.of(new Spiral2D(), new Moons2D(), new SwissRoll2D())) {
            assertEquals(DataKind.POINTS, d.kind());
            assertArrayEquals(new int[] {2}, d.itemShape());
            assertEquals(OptionalInt.empty(), d.size());
            assertEquals(List.of(), d.labelNames());
            Batch batch = d.sample(10, new SplittableRandom(1));
            assertEquals(10, batch.count());
            assertEquals(20, batch.values().length);
            assertArrayEquals(new int[] {2}, batch.itemShape());
        }
        assertEquals(List.of("spiral", "moons", "swissroll"),
                List.of(new Spiral2D().name(), new Moons2D().name(), new SwissRoll2D().name()));
    }

    @Test
    void sameRandomSeedGivesTheSamePointsAndAnotherSeedOtherPoints() {
        for (PointDistribution d : List.of(new Spiral2D(), new Moons2D(), new SwissRoll2D())) {
            Batch a = d.sample(300, new SplittableRandom(7));
            Batch b = d.sample(300, new SplittableRandom(7));
            Batch c = d.sample(300, new SplittableRandom(8));
            assertArrayEquals(a.values(), b.values(), d.name());
            assertArrayEquals(a.labels(), b.labels(), d.name());
            assertFalse(Arrays.equals(a.values(), c.values()), d.name());
        }
    }

    @Test
    void everySetSpansRoughlyMinusFourToFourLikeGrid25() {
        for (PointDistribution d : List.of(new Spiral2D(), new Moons2D(), new SwissRoll2D())) {
            float[] xy = d.sample(20_000, new SplittableRandom(2)).values();
            double maxAbs = 0;
            for (float v : xy) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
            assertTrue(maxAbs > 3.7 && maxAbs < 4 + 6 * d.noise(), d.name() + " reaches " + maxAbs);
        }
    }

    @Test
    void spiralRadiusSquaredAveragesHalfTheOuterRadiusSquaredPlusNoise() {
        Batch batch = new Spiral2D().sample(N, new SplittableRandom(3));
        double sum = 0;
        int inside = 0;
        int arm0 = 0;
        for (int i = 0; i < N; i++) {
            double r2 = square(batch.values()[2 * i]) + square(batch.values()[2 * i + 1]);
            sum += r2;
            if (r2 < 4) {
                inside++;
            }
            arm0 += batch.labels()[i] == 0 ? 1 : 0;
        }
        // r = 4 sqrt(u): E[r^2] = 16 / 2, and the noise adds 2 sigma^2; sd of r^2 is 16 / sqrt(12).
        double expected = 8 + 2 * square(Spiral2D.NOISE);
        assertEquals(expected, sum / N, 5 * 16 / Math.sqrt(12 * N));
        // P(r < 2) = P(sqrt(u) < 1/2) = 1/4: the points are spread along the arm, not bunched at the centre.
        assertEquals(0.25, (double) inside / N, 0.01);
        assertEquals(0.5, (double) arm0 / N, 5 * Math.sqrt(0.25 / N));
    }

    @Test
    void spiralPointsLieOnTheirLabelledArmWithTheStatedNoise() {
        Batch batch = new Spiral2D().sample(N, new SplittableRandom(4));
        double c = Spiral2D.growth();
        checkOnArchimedeanCurve(batch, c, Spiral2D.NOISE, 1.5, true);
    }

    @Test
    void swissRollPointsLieOnTheRollWithTheStatedNoise() {
        Batch batch = new SwissRoll2D().sample(N, new SplittableRandom(5));
        for (int label : batch.labels()) {
            assertEquals(-1, label);
        }
        checkOnArchimedeanCurve(batch, SwissRoll2D.SCALE, SwissRoll2D.NOISE, 1.0, false);
    }

    @Test
    void swissRollRadiusFollowsAUniformParameterBetweenOneAndAHalfAndFourAndAHalfPi() {
        Batch batch = new SwissRoll2D().sample(N, new SplittableRandom(6));
        double a = SwissRoll2D.MIN_T;
        double b = SwissRoll2D.MAX_T;
        double s = SwissRoll2D.SCALE;
        double sum = 0;
        double minR = Double.POSITIVE_INFINITY;
        for (int i = 0; i < N; i++) {
            double r2 = square(batch.values()[2 * i]) + square(batch.values()[2 * i + 1]);
            sum += r2;
            minR = Math.min(minR, Math.sqrt(r2));
        }
        // E[(s t)^2] for t uniform on [a, b] is s^2 (b^3 - a^3) / (3 (b - a)).
        double expected = s * s * (b * b * b - a * a * a) / (3 * (b - a)) + 2 * square(SwissRoll2D.NOISE);
        assertEquals(expected, sum / N, 0.03);
        assertEquals(4, s * b, 1e-12, "outer end at radius 4");
        assertTrue(minR > s * a - 6 * SwissRoll2D.NOISE && minR < s * a, "inner end near radius " + s * a + ": " + minR);
    }

    @Test
    void moonsAreHalfCirclesOfRadiusEightThirdsAroundTheirCentres() {
        Batch batch = new Moons2D().sample(N, new SplittableRandom(7));
        double radius = Moons2D.radius();
        int[] count = new int[2];
        double[] residualSum = new double[2];
        double[] residualSquares = new double[2];
        double[][] offsetSum = new double[2][2];
        double[] meanAll = new double[2];
        for (int i = 0; i < N; i++) {
            int moon = batch.labels()[i];
            double x = batch.values()[2 * i];
            double y = batch.values()[2 * i + 1];
            double[] c = Moons2D.circleCentre(moon);
            double residual = Math.hypot(x - c[0], y - c[1]) - radius;
            count[moon]++;
            residualSum[moon] += residual;
            residualSquares[moon] += residual * residual;
            offsetSum[moon][0] += x - c[0];
            offsetSum[moon][1] += y - c[1];
            meanAll[0] += x / N;
            meanAll[1] += y / N;
        }
        assertArrayEquals(new double[] {-4.0 / 3, -2.0 / 3}, Moons2D.circleCentre(0), 1e-12);
        assertArrayEquals(new double[] {4.0 / 3, 2.0 / 3}, Moons2D.circleCentre(1), 1e-12);
        double sigma = Moons2D.NOISE;
        for (int moon = 0; moon < 2; moon++) {
            assertEquals(N / 2.0, count[moon], 5 * Math.sqrt(N * 0.25), "points on moon " + moon);
            double mean = residualSum[moon] / count[moon];
            assertEquals(0, mean, 0.01, "mean distance off the circle, moon " + moon);
            assertEquals(sigma, Math.sqrt(residualSquares[moon] / count[moon] - mean * mean), 0.04 * sigma);
            // The angle is uniform over a half turn: the mean offset from the centre is (0, +-2R/pi).
            double sign = moon == 0 ? 1 : -1;
            assertEquals(0, offsetSum[moon][0] / count[moon], 0.03, "mean x offset, moon " + moon);
            assertEquals(sign * 2 * radius / Math.PI, offsetSum[moon][1] / count[moon], 0.03, "mean y offset, moon " + moon);
        }
        assertEquals(0, meanAll[0], 0.03);
        assertEquals(0, meanAll[1], 0.03);
    }

    /**
     * A point at radius r and polar angle phi lies on r = c (phi + 2 pi k) (+ pi for the second arm)
     * when r / c - phi is a multiple of 2 pi; c times the wrapped difference is its radial offset
     * from the nearest turn, which for Gaussian noise has a standard deviation close to sigma.
     */
    private static void checkOnArchimedeanCurve(Batch batch, double c, double sigma, double minRadius, boolean byArm) {
        int used = 0;
        double sumSquares = 0;
        int far = 0;
        for (int i = 0; i < batch.count(); i++) {
            double x = batch.values()[2 * i];
            double y = batch.values()[2 * i + 1];
            double r = Math.hypot(x, y);
            if (r < minRadius) {
                continue;
            }
            double phase = Math.atan2(y, x) - (byArm ? batch.labels()[i] * Math.PI : 0);
            double offset = c * wrap(r / c - phase);
            used++;
            sumSquares += offset * offset;
            if (Math.abs(offset) > 4.5 * sigma) {
                far++;
            }
        }
        assertTrue(used > batch.count() / 2, "points used " + used);
        double rms = Math.sqrt(sumSquares / used);
        assertTrue(rms > 0.97 * sigma && rms < 1.08 * sigma, "radial offset rms " + rms + " for sigma " + sigma);
        assertTrue(far < used / 1000, far + " of " + used + " points lie off the curve");
    }

    private static double wrap(double angle) {
        return angle - 2 * Math.PI * Math.floor(angle / (2 * Math.PI) + 0.5);
    }

    private static double square(double v) {
        return v * v;
    }
}
