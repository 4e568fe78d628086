package org.generativa.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * White shapes on black, 32x32, in the spirit of dSprites: every combination of shape (square,
 * ellipse, heart), scale (6 values 0.5 to 1), rotation (20 values over a full turn,
 * counter-clockwise), horizontal and vertical position (16 values each) is one item, numbered
 * like nested loops with shape outermost and posY innermost. Images are rendered on demand with
 * 4x4 supersampled edges. The set is the same for every seed. The label is the shape.
 */
public final class Sprites extends ImageSet {

    public static final int SIDE = 32;
    public static final int SHAPE = 0;
    public static final int SCALE = 1;
    public static final int ROTATION = 2;
    public static final int POS_X = 3;
    public static final int POS_Y = 4;

    private static final int[] LEVELS = {SpriteShape.values().length, 6, 20, 16, 16};
    private static final double MIN_SCALE = 0.5;
    private static final double MAX_SCALE = 1.0;
    /** Radius in pixels of the disc that holds a shape at scale 1. */
    private static final double REACH = 7;
    /** Centres run from 8 to 24 px, so a full-size shape keeps one blank pixel to the frame. */
    private static final double FIRST_POSITION = REACH + 1;
    private static final double LAST_POSITION = SIDE - REACH - 1;
    private static final int SUPERSAMPLE = 4;

    private static final List<Factor> FACTORS = List.of(
            new Factor("shape", Arrays.stream(SpriteShape.values()).map(SpriteShape::label).toList()),
            new Factor("scale", levels(SCALE, i -> String.format(Locale.ROOT, "%.1f", scale(i)))),
            new Factor("rotation", levels(ROTATION, i -> Math.round(Math.toDegrees(rotation(i))) + "\u00B0")),
            new Factor("posX", levels(POS_X, i -> String.format(Locale.ROOT, "%.2f", i / (LEVELS[POS_X] - 1.0)))),
            new Factor("posY", levels(POS_Y, i -> String.format(Locale.ROOT, "%.2f", i / (LEVELS[POS_Y] - 1.0)))));

    @Override
    public String name() {
        return "sprites";
    }

    @Override
    public int[] itemShape() {
        return new int[] {1, SIDE, SIDE};
    }

    @Override
    public List<String> labelNames() {
        return FACTORS.get(SHAPE).values();
    }

    @Override
    public List<Factor> factors() {
        return FACTORS;
    }

    @Override
    public int count() {
        int n = 1;
        for (int levels : LEVELS) {
            n *= levels;
        }
        return n;
    }

    @Override
    public int label(int index) {
        return factor(index, SHAPE);
    }

    @Override
    public int factor(int index, int factor) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException(index);
        }
        if (factor < 0 || factor >= LEVELS.length) {
            throw new IllegalArgumentException(name() + " has no factor " + factor);
        }
        int rest = index;
        for (int f = LEVELS.length - 1; f > factor; f--) {
            rest /= LEVELS[f];
        }
        return rest % LEVELS[factor];
    }

    /** The item with the given factor values, in the order of {@link #factors()}. */
    public int index(int shape, int scale, int rotation, int posX, int posY) {
        int[] values = {shape, scale, rotation, posX, posY};
        int index = 0;
        for (int f = 0; f < LEVELS.length; f++) {
            if (values[f] < 0 || values[f] >= LEVELS[f]) {
                throw new IllegalArgumentException(FACTORS.get(f).name() + " value " + values[f] + " out of range");
            }
            index = index * LEVELS[f] + values[f];
        }
        return index;
    }

    public static double scale(int level) {
        return MIN_SCALE + (MAX_SCALE - MIN_SCALE) * level / (LEVELS[SCALE] - 1);
    }

    /** Counter-clockwise turn in radians. */
    public static double rotation(int level) {
        return 2 * Math.PI * level / LEVELS[ROTATION];
    }

    /** Pixel coordinate of the shape's centre (0 = left or top edge of the image). */
    public static double position(int level) {
        return FIRST_POSITION + (LAST_POSITION - FIRST_POSITION) * level / (LEVELS[POS_X] - 1);
    }

    @Override
    public void read(int index, float[] out, int offset) {
        SpriteShape shape = SpriteShape.values()[factor(index, SHAPE)];
        double size = REACH * scale(factor(index, SCALE));
        double angle = rotation(factor(index, ROTATION));
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double cx = position(factor(index, POS_X));
        double cy = position(factor(index, POS_Y));
        double step = 1.0 / SUPERSAMPLE;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int inside = 0;
                for (int sy = 0; sy < SUPERSAMPLE; sy++) {
                    double up = cy - (y + (sy + 0.5) * step);
                    for (int sx = 0; sx < SUPERSAMPLE; sx++) {
                        double right = x + (sx + 0.5) * step - cx;
                        double u = (right * cos + up * sin) / size;
                        double v = (up * cos - right * sin) / size;
                        if (shape.contains(u, v)) {
                            inside++;
                        }
                    }
                }
                out[offset + y * SIDE + x] = inside / (float) (SUPERSAMPLE * SUPERSAMPLE);
            }
        }
    }

    private static List<String> levels(int factor, java.util.function.IntFunction<String> text) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < LEVELS[factor]; i++) {
            values.add(text.apply(i));
        }
        return List.copyOf(values);
    }
}
