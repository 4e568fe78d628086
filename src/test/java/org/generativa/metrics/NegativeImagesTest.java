package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.generativa.data.CartoonFaces;
import org.generativa.data.SyntheticDigits;
import org.junit.jupiter.api.Test;

class NegativeImagesTest {

    @Test
    void patchesCutTheImageIntoFourToEightPerRow() {
        assertArrayEquals(new int[] {4, 7}, NegativeImages.patchSizes(28));
        assertArrayEquals(new int[] {4, 8}, NegativeImages.patchSizes(32));
        assertArrayEquals(new int[] {8, 16}, NegativeImages.patchSizes(64));
    }

    @Test
    void everyKindStaysInTheUnitRangeForGreyAndColourImages() {
        SplittableRandom random = new SplittableRandom(1);
        for (int[] shape : new int[][] {{1, 28}, {3, 32}, {1, 64}}) {
            NegativeImages negatives = new NegativeImages(shape[0], shape[1]);
            float[] real = randomImage(negatives.itemSize(), random);
            for (NegativeImages.Kind kind : NegativeImages.Kind.values()) {
                for (int n = 0; n < 20; n++) {
                    float[] out = new float[negatives.itemSize() + 5];
                    Arrays.fill(out, Float.NaN);
                    negatives.draw(kind, real, out, 5, random);
                    for (int i = 5; i < out.length; i++) {
                        assertTrue(out[i] >= 0 && out[i] <= 1, kind + " pixel " + i + " = " + out[i]);
                    }
                }
            }
        }
    }

    @Test
    void shufflesKeepTheRealImagesPixelsButMoveThem() {
        SyntheticDigits digits = new SyntheticDigits(1);
        float[] real = new float[784];
        digits.read(3, real, 0);
        NegativeImages negatives = new NegativeImages(1, 28);
        SplittableRandom random = new SplittableRandom(2);
        for (NegativeImages.Kind kind : new NegativeImages.Kind[] {NegativeImages.Kind.PIXEL_SHUFFLE,
                NegativeImages.Kind.PATCH_SHUFFLE}) {
            float[] out = new float[784];
            negatives.draw(kind, real, out, 0, random);
            float[] sortedReal = real.clone();
            float[] sortedOut = out.clone();
            Arrays.sort(sortedReal);
            Arrays.sort(sortedOut);
            assertArrayEquals(sortedReal, sortedOut, kind + " keeps the pixel values");
            assertFalse(Arrays.equals(real, out), kind + " moves them");
        }
    }

    @Test
    void patchShuffleMovesWholePatchesInEveryChannel() {
        CartoonFaces faces = new CartoonFaces(1);
        float[] real = new float[3 * 32 * 32];
        faces.read(0, real, 0);
        float[] out = new float[real.length];
        new NegativeImages(3, 32).draw(NegativeImages.Kind.PATCH_SHUFFLE, real, out, 0, new SplittableRandom(3));
        // every 4x4 block of the output equals some 4x4 block of the input (patch sizes are 4 or 8)
        for (int ty = 0; ty < 32; ty += 4) {
            for (int tx = 0; tx < 32; tx += 4) {
                assertTrue(hasBlock(real, block(out, tx, ty)), "block at " + tx + "," + ty);
            }
        }
    }

    @Test
    void noiseKindsAreNotConstantImages() {
        NegativeImages negatives = new NegativeImages(1, 28);
        SplittableRandom random = new SplittableRandom(4);
        for (NegativeImages.Kind kind : new NegativeImages.Kind[] {NegativeImages.Kind.UNIFORM_NOISE,
                NegativeImages.Kind.GAUSSIAN_NOISE}) {
            float[] out = new float[784];
            negatives.draw(kind, null, out, 0, random);
            long distinct = java.util.stream.IntStream.range(0, 784).mapToDouble(i -> out[i]).distinct().count();
            assertTrue(distinct > 20, kind + " has " + distinct + " distinct values");
        }
    }

    private static float[] block(float[] image, int x, int y) {
        float[] block = new float[3 * 16];
        for (int c = 0; c < 3; c++) {
            for (int dy = 0; dy < 4; dy++) {
                System.arraycopy(image, c * 1024 + (y + dy) * 32 + x, block, c * 16 + dy * 4, 4);
            }
        }
        return block;
    }

    private static boolean hasBlock(float[] image, float[] wanted) {
        for (int y = 0; y < 32; y += 4) {
            for (int x = 0; x < 32; x += 4) {
                if (Arrays.equals(block(image, x, y), wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static float[] randomImage(int size, SplittableRandom random) {
        float[] image = new float[size];
        for (int i = 0; i < size; i++) {
            image[i] = (float) random.nextDouble();
        }
        return image;
    }
}
