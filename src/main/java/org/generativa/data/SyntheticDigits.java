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

    private static final long LABEL_STREAM = 0x4C4142454CL;
    private static final long STYLE_STREAM = 0x5354594C45L;

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
        return ItemRandom.of(seed, LABEL_STREAM, index).nextInt(10);
    }

    @Override
    public void read(int index, float[] out, int offset) {
        int digit = label(index);
        SplittableRandom random = ItemRandom.of(seed, STYLE_STREAM, index);
        List<List<Stroke>> variants = DigitGlyphs.VARIANTS.get(digit);
        List<Stroke> glyph = variants.get(random.nextInt(variants.size()));
        PenStyle pen = PenStyle.random(random);
        StrokeRasterizer.draw(glyph, pen, out, offset, SIDE);
    }
}
