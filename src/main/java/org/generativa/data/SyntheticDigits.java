package org.generativa.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Handwritten-looking digits 28x28 with labels 0-9, drawn on demand from pen-stroke skeletons.
 * Each item varies in slant, rotation, scale, position, stroke thickness and a smooth wobble of
 * the pen path, so a generative model has real variety to learn. Item {@code i} of a given seed
 * is always the same image.
 */
public final class SyntheticDigits extends ImageSet {

    public static final int SIDE = 28;
    public static final int NOMINAL_SIZE = 60_000;
    private static final List<String> LABELS =
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final long seed;

    public SyntheticDigits(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return "digits";
    }

    @Override
    public int[] itemShape() {
        return new int[] {1, SIDE, SIDE};
    }

    @Override
    public List<String> labelNames() {
        return LABELS;
    }

    @Override
    public int count() {
        return NOMINAL_SIZE;
    }

    @Override
    public int label(int index) {
        return (int) Math.floorMod(mix(seed, index), 10L);
    }

    @Override
    public void read(int index, float[] out, int offset) {
        int digit = label(index);
        SplittableRandom random = new SplittableRandom(mix(seed ^ 0x5DEECE66DL, index));
        List<List<Stroke>> variants = DigitGlyphs.VARIANTS.get(digit);
        List<Stroke> glyph = variants.get(random.nextInt(variants.size()));
        PenStyle pen = PenStyle.random(random);
        StrokeRasterizer.draw(glyph, pen, out, offset, SIDE);
    }

    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
