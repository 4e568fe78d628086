package org.generativa.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WeightTilesTest {

    private static int grey(ImageGrid grid, int x, int y) {
        return grid.bgra()[(y * grid.width() + x) * 4] & 0xff;
    }

    @Test
    void eachUnitIsScaledOnItsOwnWithZeroAtMidGrey() {
        // Three units of 1x2 weights; only the first two are drawn, side by side.
        float[] weights = {-2f, 1f, 0f, 0f, 5f, 5f};
        ImageGrid grid = WeightTiles.of(weights, 3, 2, 1, 1, 2, 2, 8);
        int gutter = GridRenderer.GUTTER;
        assertEquals(2 * (2 + gutter) + gutter, grid.width(), "two tiles in one row");
        assertEquals(0, grey(grid, gutter, gutter), "the largest negative weight is black");
        assertEquals(191, grey(grid, gutter + 1, gutter), "half the largest size, positive: 0.75");
        assertEquals(128, grey(grid, 2 * gutter + 2, gutter), "a unit whose weights are all zero is mid-grey");
        assertThrows(IllegalArgumentException.class, () -> WeightTiles.of(weights, 4, 1, 1, 1, 2, 2, 8), "units of 1 weight, not 2");
    }
}
