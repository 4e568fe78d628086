package org.generativa.preview;

import java.util.List;

/** Lays out images in a grid of premultiplied BGRA bytes, separated by a dark gutter. */
public final class GridRenderer {

    public static final int GUTTER = 2;
    private static final byte GUTTER_SHADE = 40;

    private GridRenderer() {}

    /**
     * @param images {@code count} images, channels first, values in [lo, hi]
     * @param channels 1 (grayscale) or 3 (RGB)
     */
    public static ImageGrid render(float[] images, int count, int channels, int height, int width,
            int columns, float lo, float hi) {
        int rows = (count + columns - 1) / columns;
        int gridW = columns * (width + GUTTER) + GUTTER;
        int gridH = rows * (height + GUTTER) + GUTTER;
        byte[] bgra = new byte[gridW * gridH * 4];
        for (int i = 0; i < bgra.length; i += 4) {
            bgra[i] = GUTTER_SHADE;
            bgra[i + 1] = GUTTER_SHADE;
            bgra[i + 2] = GUTTER_SHADE;
            bgra[i + 3] = (byte) 255;
        }
        int plane = height * width;
        float scale = 255f / (hi - lo);
        for (int n = 0; n < count; n++) {
            int x0 = GUTTER + (n % columns) * (width + GUTTER);
            int y0 = GUTTER + (n / columns) * (height + GUTTER);
            int base = n * channels * plane;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int p = y * width + x;
                    int r = toByte(images[base + p], lo, scale);
                    int g = channels == 3 ? toByte(images[base + plane + p], lo, scale) : r;
                    int b = channels == 3 ? toByte(images[base + 2 * plane + p], lo, scale) : r;
                    int at = ((y0 + y) * gridW + x0 + x) * 4;
                    bgra[at] = (byte) b;
                    bgra[at + 1] = (byte) g;
                    bgra[at + 2] = (byte) r;
                }
            }
        }
        return new ImageGrid(gridW, gridH, bgra, height, List.of());
    }

    private static int toByte(float v, float lo, float scale) {
        int i = Math.round((v - lo) * scale);
        return i < 0 ? 0 : Math.min(255, i);
    }
}
