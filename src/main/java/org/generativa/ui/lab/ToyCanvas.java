package org.generativa.ui.lab;

import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.generativa.lab.ToyFrame;
import org.generativa.ui.common.I18n;
import org.generativa.ui.lab.LabTabViewModel.Layer;
import org.generativa.ui.lab.LabTabViewModel.Part;
import org.generativa.ui.widgets.CanvasPlot;

/**
 * The lab's picture of a GAN on 2-D data: D's output as a heat map behind real and generated points, G's
 * warped noise grid, arrows along G's gradient and 3-sigma circles around the true modes. For 1-D data,
 * the data density, G's density and D(x) as curves (Figure 1 of the original GAN paper). Sizes grow with
 * the canvas so that it reads on a projector.
 */
public final class ToyCanvas extends CanvasPlot {

    static final Color REAL = Color.web("#1f6fd1");
    /** The real points on the dark theme's dark heat map: lighter, to stand out. */
    static final Color REAL_ON_DARK = Color.web("#79c0ff");
    static final Color GENERATED = Color.web("#e8590c");
    static final Color CRITIC = Color.web("#2b8a3e");
    private static final int CURVE_BINS = 80;

    private final Predicate<Layer> shown;
    private ToyFrame frame;
    private Part highlight;
    private int highlightCount;
    private WritableImage heatImage;
    private long paints;

    ToyCanvas(BooleanProperty dark, Predicate<Layer> shown) {
        super(dark, true, "toy-canvas");
        this.shown = shown;
    }

    void show(ToyFrame value) {
        frame = value;
        draw();
    }

    /** Rings the first {@code count} real or generated points (the batch slow motion talks about), or none. */
    void highlight(Part part, int count) {
        highlight = part;
        highlightCount = count;
        draw();
    }

    void redraw() {
        draw();
    }

    /** How many times the canvas was painted with a frame. */
    public long paints() {
        return paints;
    }

    @Override
    protected void paint(GraphicsContext g, double side, double unused) {
        if (frame == null) {
            return;
        }
        paints++;
        if (frame.dimensions() == 1) {
            paintCurves(g, side);
            return;
        }
        double scale = side / (frame.xMax() - frame.xMin());
        if (shown.test(Layer.HEAT)) {
            paintHeat(g, side);
        }
        if (shown.test(Layer.MANIFOLD) && frame.manifold() != null) {
            paintManifold(g, scale);
        }
        double dot = Math.max(2.5, side / 220);
        if (shown.test(Layer.GENERATED)) {
            dots(g, frame.fake(), scale, GENERATED.deriveColor(0, 1, 1, 0.75), dot * 1.25);
        }
        if (shown.test(Layer.REAL)) {
            dots(g, frame.real(), scale, dark() ? REAL_ON_DARK : REAL, dot);
        }
        if (shown.test(Layer.CIRCLES)) {
            paintCircles(g, scale, side);
        }
        if (shown.test(Layer.ARROWS)) {
            paintArrows(g, scale, side);
        }
        if (highlight == Part.REAL_BATCH || highlight == Part.D_UPDATE) {
            rings(g, frame.real(), scale, REAL, dot * 2.6, side);
        }
        if (highlight == Part.FAKE_BATCH || highlight == Part.D_UPDATE || highlight == Part.G_UPDATE) {
            rings(g, frame.fake(), scale, GENERATED, dot * 2.6, side);
        }
    }

    /** The 3σ circles, drawn over the points so that a crowd of samples cannot hide them, each with its number. */
    private void paintCircles(GraphicsContext g, double scale, double side) {
        Color ink = dark() ? Color.web("#e6edf3", 0.9) : Color.web("#24292f", 0.8);
        g.setStroke(ink);
        g.setLineWidth(Math.max(1.5, side / 400));
        g.setLineDashes(6, 5);
        double r = 3 * frame.sigma() * scale;
        for (float[] mode : frame.modes()) {
            g.strokeOval(px(mode[0], scale) - r, py(mode[1], scale) - r, 2 * r, 2 * r);
        }
        g.setLineDashes();
        double size = frame.modes().length > 12 ? legendSize(side) * 0.75 : legendSize(side);
        g.setFont(javafx.scene.text.Font.font(size));
        g.setFill(ink);
        g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
        g.setTextBaseline(javafx.geometry.VPos.BOTTOM);
        double offset = r * 0.72;
        for (int m = 0; m < frame.modes().length; m++) {
            float[] mode = frame.modes()[m];
            g.fillText(Integer.toString(m + 1), px(mode[0], scale) + offset, py(mode[1], scale) - offset);
        }
    }

    /** The heat map's colours from D says fake (0) through undecided to D says real (1), on either theme. */
    static Color[] heatColours(boolean dark) {
        return dark ? new Color[] {Color.web("#5c2a0a"), Color.web("#161b22"), Color.web("#0d3a70")}
                : new Color[] {Color.web("#f9c9a5"), Color.web("#fbfbfb"), Color.web("#a8cbf5")};
    }

    private double px(double x, double scale) {
        return (x - frame.xMin()) * scale;
    }

    private double py(double y, double scale) {
        return (frame.yMax() - y) * scale;
    }

    private void paintHeat(GraphicsContext g, double side) {
        int n = frame.heatSide();
        if (heatImage == null || heatImage.getWidth() != n) {
            heatImage = new WritableImage(n, n);
        }
        float[] heat = frame.heat();
        double[] range = range(heat, frame.heatIsProbability());
        int[] argb = new int[n * n];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = heatColour((heat[i] - range[0]) / (range[1] - range[0]));
        }
        heatImage.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
        g.setImageSmoothing(true);
        g.drawImage(heatImage, 0, 0, side, side);
    }

    /** Probabilities on [0, 1]; critic values on their own range in this frame. */
    static double[] range(float[] values, boolean probability) {
        if (probability) {
            return new double[] {0, 1};
        }
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        return high > low ? new double[] {low, high} : new double[] {low - 1, low + 1};
    }

    /** Low (D says fake) in orange like the samples, through the background, to high (D says real) in blue like the data. */
    private int heatColour(double t) {
        double v = Math.max(0, Math.min(1, t));
        Color[] colours = heatColours(dark());
        Color low = colours[0];
        Color mid = colours[1];
        Color high = colours[2];
        Color c = v < 0.5 ? low.interpolate(mid, v * 2) : mid.interpolate(high, (v - 0.5) * 2);
        return 0xFF000000 | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }

    private void paintManifold(GraphicsContext g, double scale) {
        int n = frame.manifoldSide();
        float[] points = frame.manifold();
        g.setStroke(dark() ? Color.web("#adbac7", 0.55) : Color.web("#57606a", 0.5));
        g.setLineWidth(1.2);
        for (int line = 0; line < n; line++) {
            int row = line;
            polyline(g, points, scale, n, k -> row * n + k);
            polyline(g, points, scale, n, k -> k * n + row);
        }
    }

    /** A line through {@code count} of the interleaved points, the k-th at index {@code at(k)}. */
    private void polyline(GraphicsContext g, float[] points, double scale, int count, java.util.function.IntUnaryOperator at) {
        g.beginPath();
        for (int k = 0; k < count; k++) {
            int i = at.applyAsInt(k) * 2;
            if (k == 0) {
                g.moveTo(px(points[i], scale), py(points[i + 1], scale));
            } else {
                g.lineTo(px(points[i], scale), py(points[i + 1], scale));
            }
        }
        g.stroke();
    }

    private void dots(GraphicsContext g, float[] xy, double scale, Color color, double r) {
        g.setFill(color);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            g.fillOval(px(xy[i], scale) - r, py(xy[i + 1], scale) - r, 2 * r, 2 * r);
        }
    }

    private void rings(GraphicsContext g, float[] xy, double scale, Color color, double r, double side) {
        g.setStroke(color);
        g.setLineWidth(Math.max(1.5, side / 350));
        int count = Math.min(highlightCount, xy.length / 2);
        for (int i = 0; i < count; i++) {
            g.strokeOval(px(xy[2 * i], scale) - r, py(xy[2 * i + 1], scale) - r, 2 * r, 2 * r);
        }
    }

    private void paintArrows(GraphicsContext g, double scale, double side) {
        float[] from = frame.fake();
        float[] arrows = frame.arrows();
        g.setStroke(dark() ? Color.web("#ffd8a8") : Color.web("#7a2e00"));
        g.setLineWidth(Math.max(1.3, side / 450));
        g.setLineCap(StrokeLineCap.ROUND);
        double head = Math.max(4, side / 120);
        for (int i = 0; i < frame.arrowCount(); i++) {
            double x0 = px(from[2 * i], scale);
            double y0 = py(from[2 * i + 1], scale);
            double dx = arrows[2 * i] * scale;
            double dy = -arrows[2 * i + 1] * scale;
            double length = Math.hypot(dx, dy);
            if (length < 2) {
                continue;
            }
            double x1 = x0 + dx;
            double y1 = y0 + dy;
            g.strokeLine(x0, y0, x1, y1);
            double ux = dx / length;
            double uy = dy / length;
            double h = Math.min(head, length / 2);
            g.strokeLine(x1, y1, x1 - h * (ux - uy * 0.5), y1 - h * (uy + ux * 0.5));
            g.strokeLine(x1, y1, x1 - h * (ux + uy * 0.5), y1 - h * (uy - ux * 0.5));
        }
    }

    /** 1-D: densities of real and generated values as filled curves, D(x) as a line on its own [0, 1] scale. */
    private void paintCurves(GraphicsContext g, double side) {
        double top = legendSize(side) * 4.6;
        double bottom = side * 0.9;
        double[] real = density(frame.real());
        double[] fake = density(frame.fake());
        double peak = 1e-9;
        for (int i = 0; i < CURVE_BINS; i++) {
            peak = Math.max(peak, Math.max(real[i], fake[i]));
        }
        g.setStroke(gridColor());
        g.setLineWidth(1);
        g.strokeLine(0, bottom + 0.5, side, bottom + 0.5);
        if (shown.test(Layer.REAL)) {
            area(g, real, peak, top, bottom, side, REAL);
        }
        if (shown.test(Layer.GENERATED)) {
            area(g, fake, peak, top, bottom, side, GENERATED);
        }
        if (shown.test(Layer.HEAT)) {
            float[] heat = frame.heat();
            double[] range = range(heat, frame.heatIsProbability());
            g.setStroke(CRITIC);
            g.setLineWidth(Math.max(2.5, side / 200));
            g.setLineDashes(10, 6);
            g.beginPath();
            for (int i = 0; i < heat.length; i++) {
                double x = (i + 0.5) * side / heat.length;
                double y = bottom - (bottom - top) * (heat[i] - range[0]) / (range[1] - range[0]);
                if (i == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
            g.setLineDashes();
        }
        legend(g, side);
        if (shown.test(Layer.ARROWS)) {
            double scale = side / (frame.xMax() - frame.xMin());
            g.setStroke(dark() ? Color.web("#ffd8a8") : Color.web("#7a2e00"));
            g.setLineWidth(Math.max(1.3, side / 450));
            double y = bottom + (side - bottom) / 2;
            for (int i = 0; i < frame.arrowCount(); i += 5) {
                double x0 = px(frame.fake()[i], scale);
                double x1 = x0 + frame.arrows()[i] * scale;
                g.strokeLine(x0, y, x1, y);
                double h = Math.signum(x1 - x0) * Math.min(5, Math.abs(x1 - x0) / 2);
                g.strokeLine(x1, y, x1 - h, y - Math.abs(h));
                g.strokeLine(x1, y, x1 - h, y + Math.abs(h));
            }
        }
    }

    private static double legendSize(double side) {
        return Math.max(12, side / 36);
    }

    /** What each curve of the 1-D view is, in the top left corner. */
    private void legend(GraphicsContext g, double side) {
        double size = legendSize(side);
        g.setFont(javafx.scene.text.Font.font(size));
        String[] names = {I18n.get("lab.curve.data"), I18n.get("lab.curve.generator"), I18n.get(frame.heatIsProbability()
                ? "lab.curve.d" : "lab.curve.critic")};
        Color[] colours = {REAL, GENERATED, CRITIC};
        double x = size * 0.8;
        for (int i = 0; i < names.length; i++) {
            double y = size * (1.4 + 1.3 * i);
            g.setStroke(colours[i]);
            g.setLineWidth(3);
            g.setLineDashes(i == 2 ? new double[] {6, 4} : null);
            g.strokeLine(x, y - size * 0.35, x + size * 1.6, y - size * 0.35);
            g.setLineDashes();
            g.setFill(dark() ? Color.web("#e6edf3") : Color.web("#24292f"));
            g.fillText(names[i], x + size * 2, y);
        }
    }

    /** A histogram of values over the plot's x range, smoothed with a [1, 2, 1] kernel. */
    private double[] density(float[] values) {
        double[] bins = new double[CURVE_BINS];
        double width = frame.xMax() - frame.xMin();
        for (float v : values) {
            int bin = (int) Math.floor((v - frame.xMin()) / width * CURVE_BINS);
            if (bin >= 0 && bin < CURVE_BINS) {
                bins[bin]++;
            }
        }
        double[] smooth = new double[CURVE_BINS];
        for (int i = 0; i < CURVE_BINS; i++) {
            double left = i > 0 ? bins[i - 1] : 0;
            double right = i + 1 < CURVE_BINS ? bins[i + 1] : 0;
            smooth[i] = (left + 2 * bins[i] + right) / 4;
        }
        return smooth;
    }

    private static void area(GraphicsContext g, double[] density, double peak, double top, double bottom, double side,
            Color color) {
        g.beginPath();
        g.moveTo(0, bottom);
        for (int i = 0; i < density.length; i++) {
            g.lineTo((i + 0.5) * side / density.length, bottom - (bottom - top) * density[i] / peak);
        }
        g.lineTo(side, bottom);
        g.closePath();
        g.setFill(color.deriveColor(0, 1, 1, 0.25));
        g.fill();
        g.setStroke(color);
        g.setLineWidth(Math.max(2.5, side / 200));
        g.stroke();
    }
}
