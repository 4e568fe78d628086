package org.generativa.data;

/** Resizes a square single-channel image. */
final class Resampler {

    private Resampler() {}

    /** Shrinks {@code from} x {@code from} to {@code to} x {@code to}, each output pixel the mean of the area it covers. */
    static float[] areaAverage(float[] src, int from, int to) {
        float[] out = new float[to * to];
        double scale = (double) from / to;
        for (int oy = 0; oy < to; oy++) {
            double y0 = oy * scale;
            double y1 = y0 + scale;
            for (int ox = 0; ox < to; ox++) {
                double x0 = ox * scale;
                double x1 = x0 + scale;
                double sum = 0;
                double weight = 0;
                for (int y = (int) y0; y < Math.min(from, Math.ceil(y1)); y++) {
                    double wy = Math.min(y + 1, y1) - Math.max(y, y0);
                    for (int x = (int) x0; x < Math.min(from, Math.ceil(x1)); x++) {
                        double w = wy * (Math.min(x + 1, x1) - Math.max(x, x0));
                        sum += w * src[y * from + x];
                        weight += w;
                    }
                }
                out[oy * to + ox] = (float) (sum / weight);
            }
        }
        return out;
    }

    /** Enlarges with bilinear interpolation, pixel centres aligned. */
    static float[] bilinear(float[] src, int from, int to) {
        float[] out = new float[to * to];
        double scale = (double) from / to;
        for (int oy = 0; oy < to; oy++) {
            double sy = Math.max(0, Math.min(from - 1, (oy + 0.5) * scale - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(from - 1, y0 + 1);
            double fy = sy - y0;
            for (int ox = 0; ox < to; ox++) {
                double sx = Math.max(0, Math.min(from - 1, (ox + 0.5) * scale - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(from - 1, x0 + 1);
                double fx = sx - x0;
                double top = src[y0 * from + x0] * (1 - fx) + src[y0 * from + x1] * fx;
                double bottom = src[y1 * from + x0] * (1 - fx) + src[y1 * from + x1] * fx;
                out[oy * to + ox] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }
}
