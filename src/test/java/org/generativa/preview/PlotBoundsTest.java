package org.generativa.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlotBoundsTest {

    private static final float[] SQUARE = {-1, -1, 1, 1, -1, 1, 1, -1};

    @Test
    void generatedPointsInsideTheDataKeepTheDataWindowWithAMargin() {
        PlotBounds b = PlotBounds.covering(SQUARE, new float[] {0, 0, 0.5f, -0.5f});
        assertEquals(0, b.centerX(), 1e-12);
        assertEquals(0, b.centerY(), 1e-12);
        assertEquals(1.1, b.halfSide(), 1e-9);
    }

    @Test
    void windowGrowsToShowGeneratedPointsOutsideTheData() {
        PlotBounds b = PlotBounds.covering(SQUARE, new float[] {0, -1.4f});
        assertEquals(0, b.centerX(), 1e-12);
        assertEquals(1.4 * 1.1, b.halfSide(), 1e-6);
    }

    @Test
    void windowStopsGrowingAtOneAndAHalfTimesTheDataExtent() {
        PlotBounds b = PlotBounds.covering(SQUARE, new float[] {100, 0, 0, -1e6f});
        assertEquals(1.5 * 1.1, b.halfSide(), 1e-9);
    }

    @Test
    void nonFiniteGeneratedPointsAreIgnored() {
        PlotBounds b = PlotBounds.covering(SQUARE, new float[] {Float.NaN, 5, Float.POSITIVE_INFINITY, 0, 0, Float.NaN});
        assertEquals(1.1, b.halfSide(), 1e-9);
    }

    @Test
    void windowIsCentredOnTheDataAndHasAMinimumSize() {
        PlotBounds b = PlotBounds.covering(new float[] {3, 4, 3, 4}, new float[0]);
        assertEquals(3, b.centerX(), 1e-12);
        assertEquals(4, b.centerY(), 1e-12);
        assertEquals(0.5 * 1.1, b.halfSide(), 1e-9);
        PlotBounds wide = PlotBounds.covering(new float[] {10, 0, 14, 1}, new float[0]);
        assertEquals(12, wide.centerX(), 1e-12);
        assertEquals(0.5, wide.centerY(), 1e-12);
        assertEquals(2 * 1.1, wide.halfSide(), 1e-9, "half of the larger side");
    }

    @Test
    void noDataFallsBackToTheUnitSquare() {
        PlotBounds b = PlotBounds.covering(new float[0], new float[0]);
        assertEquals(0, b.centerX(), 1e-12);
        assertEquals(0, b.centerY(), 1e-12);
        assertEquals(1.1, b.halfSide(), 1e-9);
    }

    @Test
    void pixelMappingPutsTheWindowEdgesOnTheCanvasEdgesWithYUp() {
        PlotBounds b = new PlotBounds(1, 2, 4);
        assertEquals(0, b.toPixelX(-3, 400), 1e-9);
        assertEquals(400, b.toPixelX(5, 400), 1e-9);
        assertEquals(200, b.toPixelX(1, 400), 1e-9);
        assertEquals(0, b.toPixelY(6, 400), 1e-9, "top of the window is pixel row 0");
        assertEquals(400, b.toPixelY(-2, 400), 1e-9);
        assertEquals(100, b.toPixelY(4, 400), 1e-9);
    }
}
