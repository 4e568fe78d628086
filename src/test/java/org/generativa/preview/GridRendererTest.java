package org.generativa.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GridRendererTest {

    private static final byte G = 40;

    private static byte[] gutter(int width, int height) {
        byte[] bgra = new byte[width * height * 4];
        for (int i = 0; i < bgra.length; i += 4) {
            bgra[i] = G;
            bgra[i + 1] = G;
            bgra[i + 2] = G;
            bgra[i + 3] = (byte) 255;
        }
        return bgra;
    }

    private static void pixel(byte[] bgra, int width, int x, int y, int b, int g, int r) {
        int at = (y * width + x) * 4;
        bgra[at] = (byte) b;
        bgra[at + 1] = (byte) g;
        bgra[at + 2] = (byte) r;
        bgra[at + 3] = (byte) 255;
    }

    @Test
    void grayscaleImagesAreLaidOutInRowsWithAGutterAroundEach() {
        // Three 1x2 images in two columns, range [-1, 1]: a second row with one empty slot.
        float[] images = {
            -1f, 1f,      // image 0
            0f, 0.5f,     // image 1
            -2f, 3f,      // image 2: clamped
        };
        ImageGrid grid = GridRenderer.render(images, 3, 1, 1, 2, 2, -1f, 1f);
        int width = 2 * (2 + 2) + 2;
        int height = 2 * (1 + 2) + 2;
        assertEquals(width, grid.width());
        assertEquals(height, grid.height());
        byte[] expected = gutter(width, height);
        pixel(expected, width, 2, 2, 0, 0, 0);
        pixel(expected, width, 3, 2, 255, 255, 255);
        pixel(expected, width, 6, 2, 128, 128, 128);   // round(127.5)
        pixel(expected, width, 7, 2, 191, 191, 191);   // round(191.25)
        pixel(expected, width, 2, 5, 0, 0, 0);
        pixel(expected, width, 3, 5, 255, 255, 255);
        assertArrayEquals(expected, grid.bgra());
    }

    @Test
    void rgbChannelsAreWrittenInBgraOrder() {
        // One 2x1 image (channels first): R plane, G plane, B plane; range [0, 1].
        float[] image = {
            1f, 0f,       // red
            0.2f, 0f,     // green
            0f, 0.6f,     // blue
        };
        ImageGrid grid = GridRenderer.render(image, 1, 3, 2, 1, 4, 0f, 1f);
        int width = 4 * (1 + 2) + 2;
        int height = 1 * (2 + 2) + 2;
        assertEquals(width, grid.width());
        assertEquals(height, grid.height());
        byte[] expected = gutter(width, height);
        pixel(expected, width, 2, 2, 0, 51, 255);
        pixel(expected, width, 2, 3, 153, 0, 0);
        assertArrayEquals(expected, grid.bgra());
    }

    @Test
    void fullGridOfDigitSizedImagesHasTheDocumentedSize() {
        float[] images = new float[64 * 28 * 28];
        java.util.Arrays.fill(images, -1f);
        ImageGrid grid = GridRenderer.render(images, 64, 1, 28, 28, 8, -1f, 1f);
        assertEquals(8 * 30 + 2, grid.width());
        assertEquals(8 * 30 + 2, grid.height());
        assertEquals(grid.width() * grid.height() * 4, grid.bgra().length);
        // The value -1 (bottom of the range) is black; the gutter is not.
        int inside = ((2 + 5) * grid.width() + 2 + 5) * 4;
        assertEquals(0, grid.bgra()[inside]);
        assertEquals(G, grid.bgra()[0]);
    }
}
