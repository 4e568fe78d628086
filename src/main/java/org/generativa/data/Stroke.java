package org.generativa.data;

/** A pen path in glyph space (x right, y down, the glyph box is [0,1] x [0,1]). */
record Stroke(double[] xs, double[] ys) {

    static Stroke line(double... xy) {
        double[] xs = new double[xy.length / 2];
        double[] ys = new double[xy.length / 2];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = xy[2 * i];
            ys[i] = xy[2 * i + 1];
        }
        return new Stroke(xs, ys);
    }

    /**
     * An elliptical arc from {@code fromDeg} to {@code toDeg}; angles grow clockwise on screen
     * (0 = right, 90 = down) and may run backwards or past 360.
     */
    static Stroke arc(double cx, double cy, double rx, double ry, double fromDeg, double toDeg) {
        int n = Math.max(4, (int) Math.ceil(Math.abs(toDeg - fromDeg) / 12));
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            double a = Math.toRadians(fromDeg + (toDeg - fromDeg) * i / n);
            xs[i] = cx + rx * Math.cos(a);
            ys[i] = cy + ry * Math.sin(a);
        }
        return new Stroke(xs, ys);
    }

    int points() {
        return xs.length;
    }
}
