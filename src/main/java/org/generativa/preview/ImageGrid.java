package org.generativa.preview;

import java.util.List;

/**
 * A grid of sample images as premultiplied BGRA bytes, ready to copy into a writable image.
 *
 * @param cellSize the side of one image in the grid, in grid pixels (the gutter is {@link GridRenderer#GUTTER})
 * @param rowLabels one caption per row (a conditional model's class), or empty
 */
public record ImageGrid(int width, int height, byte[] bgra, int cellSize, List<String> rowLabels) implements Preview {

    public ImageGrid withRowLabels(List<String> labels) {
        return new ImageGrid(width, height, bgra, cellSize, List.copyOf(labels));
    }
}
