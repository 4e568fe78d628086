package org.generativa.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;

/**
 * Images that are not samples of any dataset, for the reference classifier's extra class: a plain
 * classifier calls pure noise some digit with high confidence, one that has seen these does not.
 * Every kind is drawn with varied parameters so the class covers more than one exact recipe.
 */
final class NegativeImages {

    enum Kind { UNIFORM_NOISE, GAUSSIAN_NOISE, BLOBS_AND_STROKES, PIXEL_SHUFFLE, PATCH_SHUFFLE }

    private static final Kind[] KINDS = Kind.values();

    private final int channels;
    private final int side;
    private final int[] patchSizes;

    NegativeImages(int channels, int side) {
        this.channels = channels;
        this.side = side;
        this.patchSizes = patchSizes(side);
    }

    /** Patch sides that cut the image into a grid of 4 to 8 patches per row (7 and 4 for 28 pixels). */
    static int[] patchSizes(int side) {
        return IntStream.rangeClosed(2, side / 4)
                .filter(p -> side % p == 0 && side / p >= 4 && side / p <= 8).toArray();
    }

    int itemSize() {
        return channels * side * side;
    }

    /** Draws a negative of a random kind; {@code real} is a real image, used by the shuffling kinds. */
    void draw(float[] real, float[] out, int offset, SplittableRandom random) {
        draw(KINDS[random.nextInt(KINDS.length)], real, out, offset, random);
    }

    void draw(Kind kind, float[] real, float[] out, int offset, SplittableRandom random) {
        switch (kind) {
            case UNIFORM_NOISE -> uniformNoise(out, offset, random);
            case GAUSSIAN_NOISE -> gaussianNoise(out, offset, random);
            case BLOBS_AND_STROKES -> blobsAndStrokes(out, offset, random);
            case PIXEL_SHUFFLE -> pixelShuffle(real, out, offset, random);
            case PATCH_SHUFFLE -> patchShuffle(real, out, offset, random);
        }
    }

    private void uniformNoise(float[] out, int offset, SplittableRandom random) {
        boolean full = random.nextBoolean();
        double low = full ? 0 : random.nextDouble(0, 0.6);
        double high = full ? 1 : random.nextDouble(low + 0.2, 1);
        fillNoise(out, offset, random, () -> low + (high - low) * random.nextDouble());
    }

    private void gaussianNoise(float[] out, int offset, SplittableRandom random) {
        double mean = random.nextBoolean() ? 0.5 : random.nextDouble(0.1, 0.9);
        double sd = random.nextDouble(0.1, 0.5);
        fillNoise(out, offset, random, () -> mean + sd * random.nextGaussian());
    }

    /** Independent values per pixel, or per block of 2 or 4 pixels; grey or per channel in colour images. */
    private void fillNoise(float[] out, int offset, SplittableRandom random, DoubleSupplier value) {
        int block = random.nextInt(4) == 0 ? 1 << (1 + random.nextInt(2)) : 1;
        boolean grey = channels == 1 || random.nextInt(3) == 0;
        int plane = side * side;
        for (int c = 0; c < channels; c++) {
            if (grey && c > 0) {
                System.arraycopy(out, offset, out, offset + c * plane, plane);
                continue;
            }
            for (int y = 0; y < side; y += block) {
                for (int x = 0; x < side; x += block) {
                    float v = clamp(value.getAsDouble());
                    for (int dy = 0; dy < block && y + dy < side; dy++) {
                        for (int dx = 0; dx < block && x + dx < side; dx++) {
                            out[offset + c * plane + (y + dy) * side + x + dx] = v;
                        }
                    }
                }
            }
        }
    }

    private void blobsAndStrokes(float[] out, int offset, SplittableRandom random) {
        int plane = side * side;
        float[] background = colour(random, channels == 1 && random.nextBoolean());
        for (int c = 0; c < channels; c++) {
            Arrays.fill(out, offset + c * plane, offset + (c + 1) * plane, background[c]);
        }
        int blobs = random.nextInt(6);
        for (int i = 0; i < blobs; i++) {
            double cx = random.nextDouble(side);
            double cy = random.nextDouble(side);
            double radius = random.nextDouble(1, side / 4.0);
            paint(out, offset, colour(random, false), (x, y) -> {
                double dx = x - cx;
                double dy = y - cy;
                return Math.exp(-(dx * dx + dy * dy) / (2 * radius * radius));
            });
        }
        int strokes = blobs == 0 ? 3 + random.nextInt(8) : random.nextInt(8);
        for (int i = 0; i < strokes; i++) {
            double x0 = random.nextDouble(side);
            double y0 = random.nextDouble(side);
            double x1 = random.nextDouble(side);
            double y1 = random.nextDouble(side);
            double half = random.nextDouble(0.4, side / 14.0 + 0.6);
            paint(out, offset, colour(random, false), (x, y) -> {
                double d = distanceToSegment(x, y, x0, y0, x1, y1);
                return Math.max(0, Math.min(1, half + 0.5 - d));
            });
        }
    }

    private interface Coverage {
        double at(double x, double y);
    }

    /** Blends {@code colour} over the image with per-pixel weight {@code coverage}. */
    private void paint(float[] out, int offset, float[] colour, Coverage coverage) {
        int plane = side * side;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                double w = coverage.at(x + 0.5, y + 0.5);
                if (w <= 0.001) {
                    continue;
                }
                for (int c = 0; c < channels; c++) {
                    int i = offset + c * plane + y * side + x;
                    out[i] = (float) (out[i] * (1 - w) + colour[c] * w);
                }
            }
        }
    }

    private void pixelShuffle(float[] real, float[] out, int offset, SplittableRandom random) {
        int plane = side * side;
        int[] order = permutation(plane, random);
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < plane; i++) {
                out[offset + c * plane + i] = real[c * plane + order[i]];
            }
        }
    }

    private void patchShuffle(float[] real, float[] out, int offset, SplittableRandom random) {
        int patch = patchSizes[random.nextInt(patchSizes.length)];
        int perRow = side / patch;
        int[] order = permutation(perRow * perRow, random);
        int plane = side * side;
        for (int target = 0; target < order.length; target++) {
            int sx = order[target] % perRow * patch;
            int sy = order[target] / perRow * patch;
            int tx = target % perRow * patch;
            int ty = target / perRow * patch;
            for (int c = 0; c < channels; c++) {
                for (int dy = 0; dy < patch; dy++) {
                    System.arraycopy(real, c * plane + (sy + dy) * side + sx,
                            out, offset + c * plane + (ty + dy) * side + tx, patch);
                }
            }
        }
    }

    /** A random permutation that is not the identity. */
    private static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        boolean identity = true;
        while (identity) {
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int i = 0; i < n && identity; i++) {
                identity = order[i] == i;
            }
        }
        return order;
    }

    private float[] colour(SplittableRandom random, boolean black) {
        float[] colour = new float[channels];
        float grey = (float) random.nextDouble();
        boolean greyOnly = random.nextInt(3) == 0;
        for (int c = 0; c < channels; c++) {
            colour[c] = black ? 0 : greyOnly ? grey : (float) random.nextDouble();
        }
        return colour;
    }

    private static double distanceToSegment(double x, double y, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / lengthSquared));
        double ex = x - (x0 + t * dx);
        double ey = y - (y0 + t * dy);
        return Math.sqrt(ex * ex + ey * ey);
    }

    private static float clamp(double v) {
        return (float) Math.max(0, Math.min(1, v));
    }
}
