package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SyntheticDigitsTest {

    private static final int PIXELS = SyntheticDigits.SIDE * SyntheticDigits.SIDE;

    private static float[] render(SyntheticDigits digits, int index) {
        float[] image = new float[PIXELS];
        digits.read(index, image, 0);
        return image;
    }

    @Test
    void describesItselfAsLabelledGrayscaleImages() {
        SyntheticDigits digits = new SyntheticDigits(1);
        assertEquals("digits", digits.name());
        assertEquals(DataKind.IMAGES, digits.kind());
        assertArrayEquals(new int[] {1, 28, 28}, digits.itemShape());
        assertEquals(PIXELS, digits.itemSize());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), digits.labelNames());
    }

    @Test
    void sameSeedAndIndexGiveIdenticalPixelsAndAnotherSeedGivesOtherImages() {
        SyntheticDigits first = new SyntheticDigits(11);
        SyntheticDigits again = new SyntheticDigits(11);
        SyntheticDigits other = new SyntheticDigits(12);
        int differentFromOtherSeed = 0;
        for (int i = 0; i < 100; i++) {
            float[] a = render(first, i);
            assertArrayEquals(a, render(first, i), "re-rendering item " + i);
            assertArrayEquals(a, render(again, i), "item " + i + " from a second instance");
            assertEquals(first.label(i), again.label(i));
            if (!Arrays.equals(a, render(other, i))) {
                differentFromOtherSeed++;
            }
        }
        assertEquals(100, differentFromOtherSeed);
    }

    @Test
    void renderWritesOnlyItsOwnSlotAtTheOffset() {
        SyntheticDigits digits = new SyntheticDigits(3);
        float[] out = new float[3 * PIXELS];
        Arrays.fill(out, -7f);
        digits.read(5, out, PIXELS);
        assertArrayEquals(render(digits, 5), Arrays.copyOfRange(out, PIXELS, 2 * PIXELS));
        for (int p = 0; p < PIXELS; p++) {
            assertEquals(-7f, out[p]);
            assertEquals(-7f, out[2 * PIXELS + p]);
        }
    }

    @Test
    void sampleDrawsIndicesFromTheRandomAndReturnsThoseItemsWithTheirLabels() {
        SyntheticDigits digits = new SyntheticDigits(4);
        Batch batch = digits.sample(16, new SplittableRandom(99));
        assertEquals(16, batch.count());
        assertArrayEquals(new int[] {1, 28, 28}, batch.itemShape());
        SplittableRandom replay = new SplittableRandom(99);
        for (int i = 0; i < 16; i++) {
            int index = replay.nextInt(SyntheticDigits.NOMINAL_SIZE);
            assertEquals(digits.label(index), batch.labels()[i]);
            assertArrayEquals(render(digits, index), Arrays.copyOfRange(batch.values(), i * PIXELS, (i + 1) * PIXELS));
        }
    }

    @Test
    void allTenLabelsOccurWithRoughlyUniformFrequency() {
        SyntheticDigits digits = new SyntheticDigits(5);
        int n = 20_000;
        int[] count = new int[10];
        for (int i = 0; i < n; i++) {
            int label = digits.label(i);
            assertTrue(label >= 0 && label <= 9, "label " + label);
            count[label]++;
        }
        double sd = Math.sqrt(n * 0.1 * 0.9);
        for (int d = 0; d < 10; d++) {
            assertEquals(n / 10.0, count[d], 5 * sd, "items labelled " + d);
        }
    }

    @Test
    void pixelsAreInUnitRangeWithCentredInk() {
        SyntheticDigits digits = new SyntheticDigits(6);
        double sumCx = 0;
        double sumCy = 0;
        int n = 500;
        for (int i = 0; i < n; i++) {
            float[] image = render(digits, i);
            double ink = 0;
            double cx = 0;
            double cy = 0;
            float max = 0;
            for (int p = 0; p < PIXELS; p++) {
                float v = image[p];
                assertTrue(v >= 0f && v <= 1f, "pixel " + p + " of item " + i + " is " + v);
                ink += v;
                cx += v * (p % 28 + 0.5);
                cy += v * (p / 28 + 0.5);
                max = Math.max(max, v);
            }
            // A pen stroke: some fully inked pixels, and between 2% and 40% of the box covered.
            assertEquals(1f, max, 1e-6, "darkest pixel of item " + i);
            assertTrue(ink > 0.02 * PIXELS && ink < 0.4 * PIXELS, "ink of item " + i + " is " + ink);
            cx /= ink;
            cy /= ink;
            assertTrue(cx > 7 && cx < 21 && cy > 6 && cy < 21, "centre of ink of item " + i + " at " + cx + "," + cy);
            // The border rows and columns stay (nearly) blank as in MNIST.
            double border = 0;
            for (int k = 0; k < 28; k++) {
                border += image[k] + image[27 * 28 + k] + image[k * 28] + image[k * 28 + 27];
            }
            assertTrue(border < 0.05 * ink, "ink on the border of item " + i);
            sumCx += cx;
            sumCy += cy;
        }
        assertEquals(14, sumCx / n, 1.5, "mean horizontal centre of ink");
        assertEquals(14, sumCy / n, 1.5, "mean vertical centre of ink");
    }

    @Test
    void imagesOfOneLabelVary() {
        SyntheticDigits digits = new SyntheticDigits(7);
        List<float[]> threes = new ArrayList<>();
        for (int i = 0; threes.size() < 20; i++) {
            if (digits.label(i) == 3) {
                threes.add(render(digits, i));
            }
        }
        for (int a = 0; a < threes.size(); a++) {
            for (int b = a + 1; b < threes.size(); b++) {
                double l1 = 0;
                for (int p = 0; p < PIXELS; p++) {
                    l1 += Math.abs(threes.get(a)[p] - threes.get(b)[p]);
                }
                assertTrue(l1 > 10, "two 3s differ in only " + l1 + " units of ink");
            }
        }
    }

    @Test
    void labelsMatchWhatIsDrawnSoANearestClassMeanClassifierWorks() {
        SyntheticDigits digits = new SyntheticDigits(8);
        double[][] mean = new double[10][PIXELS];
        int[] count = new int[10];
        for (int i = 0; i < 3000; i++) {
            float[] image = render(digits, i);
            int label = digits.label(i);
            count[label]++;
            for (int p = 0; p < PIXELS; p++) {
                mean[label][p] += image[p];
            }
        }
        for (int d = 0; d < 10; d++) {
            for (int p = 0; p < PIXELS; p++) {
                mean[d][p] /= count[d];
            }
        }
        int correct = 0;
        int tested = 1000;
        for (int i = 3000; i < 3000 + tested; i++) {
            float[] image = render(digits, i);
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int d = 0; d < 10; d++) {
                double s = 0;
                for (int p = 0; p < PIXELS; p++) {
                    double q = image[p] - mean[d][p];
                    s += q * q;
                }
                if (s < bestDistance) {
                    bestDistance = s;
                    best = d;
                }
            }
            if (best == digits.label(i)) {
                correct++;
            }
        }
        // Chance is 10%; consistent glyph-label pairs give about 90% here.
        assertTrue(correct > 0.7 * tested, "nearest-mean accuracy " + correct + "/" + tested);
        assertFalse(Arrays.equals(mean[1], mean[7]));
    }
}
