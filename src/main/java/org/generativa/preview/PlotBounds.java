package org.generativa.preview;

/**
 * A square data window for a 2-D scatter plot: it always contains the real data, and grows to
 * show generated points up to one and a half times the data's extent (beyond that they are clipped),
 * so the real modes stay large on screen.
 */
public record PlotBounds(double centerX, double centerY, double halfSide) {

    public static PlotBounds covering(float[] real, float[] generated) {
        double[] realBox = box(real, null);
        double cx = (realBox[0] + realBox[2]) / 2;
        double cy = (realBox[1] + realBox[3]) / 2;
        double realHalf = Math.max(0.5, Math.max(realBox[2] - realBox[0], realBox[3] - realBox[1]) / 2);
        double[] all = box(generated, realBox);
        double half = Math.max(Math.max(cx - all[0], all[2] - cx), Math.max(cy - all[1], all[3] - cy));
        half = Math.min(Math.max(half, realHalf), 1.5 * realHalf) * 1.1;
        return new PlotBounds(cx, cy, half);
    }

    private static double[] box(float[] xy, double[] start) {
        double[] b = start == null
                ? new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE}
                : start.clone();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (Float.isFinite(xy[i]) && Float.isFinite(xy[i + 1])) {
                b[0] = Math.min(b[0], xy[i]);
                b[1] = Math.min(b[1], xy[i + 1]);
                b[2] = Math.max(b[2], xy[i]);
                b[3] = Math.max(b[3], xy[i + 1]);
            }
        }
        if (b[0] > b[2]) {
            return new double[] {-1, -1, 1, 1};
        }
        return b;
    }

    public double toPixelX(double x, double size) {
        return (x - (centerX - halfSide)) / (2 * halfSide) * size;
    }

    /** Screen y grows downwards, data y upwards. */
    public double toPixelY(double y, double size) {
        return ((centerY + halfSide) - y) / (2 * halfSide) * size;
    }
}
