package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpritesTest {

    private static final int SIDE = Sprites.SIDE;
    private static final int PIXELS = SIDE * SIDE;
    private static final Sprites SPRITES = new Sprites();

    private static float[] render(int index) {
        float[] image = new float[PIXELS];
        SPRITES.read(index, image, 0);
        return image;
    }

    @Test
    void itemsAreTheFullProductOfTheFiveFactors() {
        assertEquals("sprites", SPRITES.name());
        assertEquals(DataKind.IMAGES, SPRITES.kind());
        assertArrayEquals(new int[] {1, 32, 32}, SPRITES.itemShape());
        List<Factor> factors = SPRITES.factors();
        assertEquals(List.of("shape", "scale", "rotation", "posX", "posY"), factors.stream().map(Factor::name).toList());
        assertEquals(List.of("square", "ellipse", "heart"), factors.get(0).values());
        assertEquals(List.of("0.5", "0.6", "0.7", "0.8", "0.9", "1.0"), factors.get(1).values());
        assertEquals(20, factors.get(2).values().size());
        assertEquals("0\u00B0", factors.get(2).values().get(0));
        assertEquals("342\u00B0", factors.get(2).values().get(19));
        assertEquals(16, factors.get(3).values().size());
        assertEquals("1.00", factors.get(4).values().get(15));
        assertEquals(3 * 6 * 20 * 16 * 16, SPRITES.count());
        assertEquals(SPRITES.count(), SPRITES.size().getAsInt());
        assertEquals(factors.get(0).values(), SPRITES.labelNames());
    }

    @Test
    void indexAndFactorValuesConvertBothWaysWithPosYFastest() {
        int[] levels = {3, 6, 20, 16, 16};
        int[] values = new int[5];
        for (int index = 0; index < SPRITES.count(); index++) {
            for (int f = 0; f < 5; f++) {
                int v = SPRITES.factor(index, f);
                assertTrue(v >= 0 && v < levels[f]);
                values[f] = v;
            }
            assertEquals(index, SPRITES.index(values[0], values[1], values[2], values[3], values[4]));
            assertEquals(values[0], SPRITES.label(index));
        }
        assertEquals(1, SPRITES.index(0, 0, 0, 0, 1));
        assertEquals(16, SPRITES.index(0, 0, 0, 1, 0));
        assertEquals(6 * 20 * 16 * 16, SPRITES.index(1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> SPRITES.index(3, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> SPRITES.factor(0, 5));
        assertThrows(IndexOutOfBoundsException.class, () -> SPRITES.factor(SPRITES.count(), 0));
    }

    @Test
    void factorLevelsMapToScalesAnglesAndPixelPositions() {
        assertEquals(0.5, Sprites.scale(0), 1e-12);
        assertEquals(1.0, Sprites.scale(5), 1e-12);
        assertEquals(Math.PI / 2, Sprites.rotation(5), 1e-12);
        assertEquals(8, Sprites.position(0), 1e-12);
        assertEquals(24, Sprites.position(15), 1e-12);
    }

    @Test
    void theCentreOfInkSitsAtTheFactorPosition() {
        SplittableRandom random = new SplittableRandom(1);
        for (int trial = 0; trial < 300; trial++) {
            int index = random.nextInt(SPRITES.count());
            float[] image = render(index);
            double ink = 0;
            double cx = 0;
            double cy = 0;
            for (int p = 0; p < PIXELS; p++) {
                ink += image[p];
                cx += image[p] * (p % SIDE + 0.5);
                cy += image[p] * (p / SIDE + 0.5);
            }
            String what = "item " + index + " (" + SPRITES.labelNames().get(SPRITES.label(index)) + ")";
            assertEquals(Sprites.position(SPRITES.factor(index, Sprites.POS_X)), cx / ink, 0.1, "x of " + what);
            assertEquals(Sprites.position(SPRITES.factor(index, Sprites.POS_Y)), cy / ink, 0.1, "y of " + what);
        }
    }

    @Test
    void inkAreaIsTheShapesAreaTimesScaleSquared() {
        // Shapes at scale 1 reach 7 px: a square of half-diagonal 7, an ellipse 7 by 4.2, and the heart
        // whose area in unit-reach coordinates is 2.189 (measured on a fine grid).
        double[] area = {2 * 49, Math.PI * 7 * 4.2, 2.189 * 49};
        for (int shape = 0; shape < 3; shape++) {
            for (int scale = 0; scale < 6; scale++) {
                for (int rotation = 0; rotation < 20; rotation += 3) {
                    float[] image = render(SPRITES.index(shape, scale, rotation, 7, 9));
                    double ink = 0;
                    for (float v : image) {
                        ink += v;
                    }
                    double s = Sprites.scale(scale);
                    // 4x4 supersampling can misplace an edge by up to 1/8 px: allow 2% plus 1.5 px^2.
                    assertEquals(area[shape] * s * s, ink, 0.02 * area[shape] * s * s + 1.5,
                            "ink of shape " + shape + " scale " + s + " rotation " + rotation);
                }
            }
        }
    }

    @Test
    void theEllipsesLongAxisTurnsWithTheRotationFactor() {
        for (int rotation = 0; rotation < 20; rotation++) {
            float[] image = render(SPRITES.index(1, 5, rotation, 8, 8));
            double[] m = moments(image);
            // Orientation of the principal axis, measured counter-clockwise with y pointing up.
            double angle = 0.5 * Math.atan2(-2 * m[2], m[0] - m[1]);
            double expected = Sprites.rotation(rotation) % Math.PI;
            double difference = Math.abs(angle - expected) % Math.PI;
            difference = Math.min(difference, Math.PI - difference);
            assertTrue(difference < Math.toRadians(1.5), "rotation level " + rotation + " gives axis at "
                    + Math.toDegrees(angle) + " degrees");
        }
    }

    @Test
    void rotationsMatchEachShapesSymmetry() {
        for (int shape = 0; shape < 3; shape++) {
            float[] upright = render(SPRITES.index(shape, 5, 0, 5, 10));
            double quarter = l1(upright, render(SPRITES.index(shape, 5, 5, 5, 10)));
            double half = l1(upright, render(SPRITES.index(shape, 5, 10, 5, 10)));
            double slight = l1(upright, render(SPRITES.index(shape, 5, 2, 5, 10)));
            assertTrue(slight > 8, "a 36 degree turn of shape " + shape + " changes only " + slight);
            switch (shape) {
                case 0 -> assertTrue(quarter < 1.5, "square turned a quarter differs by " + quarter);
                case 1 -> {
                    assertTrue(half < 1.5, "ellipse turned half way differs by " + half);
                    assertTrue(quarter > 20, "ellipse turned a quarter differs by only " + quarter);
                }
                default -> assertTrue(half > 20, "heart upside down differs by only " + half);
            }
        }
        // Upright, the heart's point is at the bottom: its ink is skewed downwards (y grows down; about
        // +0.2 upright, -0.2 upside down).
        float[] heart = render(SPRITES.index(2, 5, 0, 8, 8));
        double ink = 0;
        double mean = 0;
        for (int p = 0; p < PIXELS; p++) {
            ink += heart[p];
            mean += heart[p] * (p / SIDE + 0.5);
        }
        mean /= ink;
        double second = 0;
        double third = 0;
        for (int p = 0; p < PIXELS; p++) {
            double dy = p / SIDE + 0.5 - mean;
            second += heart[p] * dy * dy / ink;
            third += heart[p] * dy * dy * dy / ink;
        }
        double skewness = third / Math.pow(second, 1.5);
        assertTrue(skewness > 0.1, "vertical skewness of the upright heart " + skewness);
    }

    @Test
    void everyShapeStaysInsideTheFrameAtTheExtremePositions() {
        for (int shape = 0; shape < 3; shape++) {
            for (int rotation = 0; rotation < 20; rotation++) {
                for (int x : new int[] {0, 15}) {
                    for (int y : new int[] {0, 15}) {
                        float[] image = render(SPRITES.index(shape, 5, rotation, x, y));
                        for (int k = 0; k < SIDE; k++) {
                            assertEquals(0f, image[k] + image[(SIDE - 1) * SIDE + k] + image[k * SIDE]
                                    + image[k * SIDE + SIDE - 1], 0f, "ink on the border");
                        }
                    }
                }
            }
        }
    }

    @Test
    void imagesAreSolidShapesWithAntiAliasedEdges() {
        SplittableRandom random = new SplittableRandom(2);
        for (int trial = 0; trial < 200; trial++) {
            int index = random.nextInt(SPRITES.count());
            float[] image = render(index);
            int full = 0;
            int edge = 0;
            for (float v : image) {
                assertTrue(v >= 0f && v <= 1f);
                full += v == 1f ? 1 : 0;
                edge += v > 0f && v < 1f ? 1 : 0;
            }
            // An upright square's edges can fall on pixel boundaries; every other shape shows soft edges.
            boolean upright = SPRITES.factor(index, Sprites.SHAPE) == 0 && SPRITES.factor(index, Sprites.ROTATION) % 5 == 0;
            assertTrue(full > 0 && (edge > 0 || upright), "item " + index + " has " + full + " solid and " + edge + " edge pixels");
        }
    }

    @Test
    void readWritesOnlyItsSlotAndSampleReturnsTheDrawnItemsWithShapeLabels() {
        float[] out = new float[3 * PIXELS];
        java.util.Arrays.fill(out, -1f);
        SPRITES.read(1234, out, PIXELS);
        assertArrayEquals(render(1234), java.util.Arrays.copyOfRange(out, PIXELS, 2 * PIXELS));
        assertEquals(-1f, out[0]);
        assertEquals(-1f, out[3 * PIXELS - 1]);
        Batch batch = SPRITES.sample(8, new SplittableRandom(9));
        SplittableRandom replay = new SplittableRandom(9);
        for (int i = 0; i < 8; i++) {
            int index = replay.nextInt(SPRITES.count());
            assertEquals(SPRITES.factor(index, Sprites.SHAPE), batch.labels()[i]);
            assertArrayEquals(render(index), java.util.Arrays.copyOfRange(batch.values(), i * PIXELS, (i + 1) * PIXELS));
        }
    }

    /** Central second moments {xx, yy, xy} of the ink, image coordinates (y down). */
    private static double[] moments(float[] image) {
        double ink = 0;
        double mx = 0;
        double my = 0;
        for (int p = 0; p < PIXELS; p++) {
            ink += image[p];
            mx += image[p] * (p % SIDE);
            my += image[p] * (p / SIDE);
        }
        mx /= ink;
        my /= ink;
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int p = 0; p < PIXELS; p++) {
            double dx = p % SIDE - mx;
            double dy = p / SIDE - my;
            xx += image[p] * dx * dx;
            yy += image[p] * dy * dy;
            xy += image[p] * dx * dy;
        }
        return new double[] {xx / ink, yy / ink, xy / ink};
    }

    private static double l1(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum;
    }
}
