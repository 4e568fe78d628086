package org.generativa.data;

import java.util.List;

/** Draws pen strokes into a square grayscale image with anti-aliased edges. */
final class StrokeRasterizer {

    /** Glyph height in pixels before the pen's own scaling (MNIST digits fill a 20 px box). */
    private static final double GLYPH_PIXELS = 20;

    private StrokeRasterizer() {}

    static void draw(List<Stroke> glyph, PenStyle pen, float[] out, int offset, int side) {
        java.util.Arrays.fill(out, offset, offset + side * side, 0f);
        double cos = Math.cos(pen.rotation());
        double sin = Math.sin(pen.rotation());
        double half = pen.thickness() / 2;
        for (Stroke stroke : glyph) {
            double px = Double.NaN;
            double py = Double.NaN;
            for (int i = 0; i < stroke.points(); i++) {
                double gx = stroke.xs()[i] - 0.5;
                double gy = stroke.ys()[i] - 0.5;
                gx += pen.wobbleAmplitude()
                        * Math.sin(2 * Math.PI * pen.wobbleFrequency() * gy + pen.wobblePhase());
                gy += pen.wobbleAmplitude()
                        * Math.cos(2 * Math.PI * pen.wobbleFrequency() * gx + pen.wobblePhase());
                gx = gx * pen.scaleX() - pen.slant() * gy * pen.scaleY();
                gy = gy * pen.scaleY();
                double x = (gx * cos - gy * sin) * GLYPH_PIXELS + side / 2.0 + pen.shiftX();
                double y = (gx * sin + gy * cos) * GLYPH_PIXELS + side / 2.0 + pen.shiftY();
                if (i > 0) {
                    segment(px, py, x, y, half, out, offset, side);
                }
                px = x;
                py = y;
            }
        }
    }

    private static void segment(
            double x0, double y0, double x1, double y1, double half, float[] out, int offset, int side) {
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, x1) - half - 1));
        int maxX = Math.min(side - 1, (int) Math.ceil(Math.max(x0, x1) + half + 1));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, y1) - half - 1));
        int maxY = Math.min(side - 1, (int) Math.ceil(Math.max(y0, y1) + half + 1));
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                double cx = x + 0.5 - x0;
                double cy = y + 0.5 - y0;
                double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, (cx * dx + cy * dy) / lengthSquared));
                double ex = cx - t * dx;
                double ey = cy - t * dy;
                double coverage = half + 0.5 - Math.sqrt(ex * ex + ey * ey);
                if (coverage > 0) {
                    int at = offset + y * side + x;
                    out[at] = (float) Math.max(out[at], Math.min(1, coverage));
                }
            }
        }
    }
}
