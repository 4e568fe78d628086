package org.generativa.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.generativa.train.MetricPoint;

/**
 * A line chart of a run's metric history as inline SVG, so a report needs no script and no image file: one line per
 * series against the training step, NaN (not measured) leaving a gap, and an optional shaded band (a check's range).
 */
final class SvgChart {

    /** A line: its label and the values per point, in the order of the points. */
    record Series(String label, double[] values) {}

    /** A shaded range of values (a check's), either edge open when NaN. */
    record Band(double low, double high) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 36;
    private static final int MAX_POINTS = 600;
    private static final String[] COLOURS = {"#1f6fc8", "#e0701c", "#2e9d52", "#b03a9c"};

    private SvgChart() {}

    static String render(String title, List<MetricPoint> points, List<Series> series, List<Band> bands) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : s.values()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        for (Band band : bands) {
            for (double edge : new double[] {band.low(), band.high()}) {
                if (Double.isFinite(edge) && lo <= hi) {
                    lo = Math.min(lo, edge);
                    hi = Math.max(hi, edge);
                }
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, Html.escape(title)));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        svg.append(text(LEFT, 18, "start", title, "title"));
        if (points.isEmpty() || lo > hi) {
            return svg.append("</svg>").toString();
        }
        if (hi - lo < 1e-12) {
            hi = lo + Math.max(1e-6, Math.abs(lo) * 0.1);
        }
        double pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
        long first = points.get(0).step();
        long last = Math.max(first + 1, points.get(points.size() - 1).step());
        Axes axes = new Axes(first, last, lo, hi);
        for (Band band : bands) {
            double top = axes.y(Double.isNaN(band.high()) ? hi : Math.min(hi, band.high()));
            double bottom = axes.y(Double.isNaN(band.low()) ? lo : Math.max(lo, band.low()));
            svg.append(String.format(Locale.ROOT, "<rect class=\"band\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\""
                    + " fill=\"#2e9d52\" fill-opacity=\"0.12\"/>", LEFT, top, WIDTH - LEFT - RIGHT, Math.max(0, bottom - top)));
        }
        svg.append(String.format(Locale.ROOT, "<path d=\"M%d %d V%d H%d\" stroke=\"#888\" fill=\"none\"/>", LEFT, TOP,
                HEIGHT - BOTTOM, WIDTH - RIGHT));
        svg.append(text(LEFT - 6, TOP + 4, "end", number(hi), "tick"));
        svg.append(text(LEFT - 6, HEIGHT - BOTTOM, "end", number(lo), "tick"));
        svg.append(text(LEFT, HEIGHT - BOTTOM + 16, "start", String.valueOf(first), "tick"));
        svg.append(text(WIDTH - RIGHT, HEIGHT - BOTTOM + 16, "end", String.valueOf(last), "tick"));
        int stride = Math.max(1, (points.size() + MAX_POINTS - 1) / MAX_POINTS);
        double legendX = LEFT + 8;
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            svg.append("<path class=\"line\" fill=\"none\" stroke-width=\"1.6\" stroke=\"").append(colour).append("\" d=\"");
            svg.append(path(points, series.get(s).values(), stride, axes)).append("\"/>");
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%d\" width=\"12\" height=\"3\" fill=\"%s\"/>", legendX,
                    HEIGHT - 10, colour));
            svg.append(text((int) legendX + 16, HEIGHT - 5, "start", series.get(s).label(), "legend"));
            legendX += 28 + 7 * series.get(s).label().length();
        }
        return svg.append("</svg>").toString();
    }

    private record Axes(long first, long last, double lo, double hi) {
        double x(long step) {
            return LEFT + (double) (step - first) / (last - first) * (WIDTH - LEFT - RIGHT);
        }

        double y(double v) {
            return HEIGHT - BOTTOM - (v - lo) / (hi - lo) * (HEIGHT - BOTTOM - TOP);
        }
    }

    private static String path(List<MetricPoint> points, double[] values, int stride, Axes axes) {
        List<String> parts = new ArrayList<>();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i += stride) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                drawing = false;
                continue;
            }
            parts.add(String.format(Locale.ROOT, "%s%.1f %.1f", drawing ? "L" : "M", axes.x(points.get(i).step()), axes.y(v)));
            drawing = true;
        }
        return String.join(" ", parts);
    }

    private static String text(int x, int y, String anchor, String content, String kind) {
        return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-family=\"sans-serif\""
                + " font-size=\"%d\" fill=\"#333\">%s</text>", kind, x, y, anchor, kind.equals("title") ? 14 : 11, Html.escape(content));
    }

    private static String number(double v) {
        return Math.abs(v) >= 1000 || Math.abs(v) < 0.01 && v != 0 ? String.format(Locale.ROOT, "%.3g", v)
                : String.format(Locale.ROOT, "%.3f", v);
    }
}
