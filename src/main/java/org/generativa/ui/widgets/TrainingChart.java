package org.generativa.ui.widgets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.generativa.ui.common.I18n;

/**
 * A chart of values that arrive every training step, drawn on a canvas: each series as its raw values, faded, under
 * an exponential moving average of them; a kept run dashed beneath; marks at chosen steps; a read-out of the step
 * and values under the pointer. Each series is decimated below {@link ChartSeries#CAP} points, so the cost of a frame
 * does not grow with the run. The y axis is fixed to a range (probabilities), or fits the data, linearly or on a
 * log scale.
 */
public final class TrainingChart extends CanvasPlot {

    static final String[] COLORS = {"#2f7bd6", "#f08a1c", "#2ea043", "#8250df", "#cf222e", "#1b7c83"};
    private static final int MAX_STEP_TICKS = 6;
    private static final int MAX_VALUE_TICKS = 5;
    /** Room each tick label needs, in line heights: steps side by side, values one above the other. */
    private static final double STEP_TICK_ROOM = 4.5;
    private static final double VALUE_TICK_ROOM = 1.8;
    private static final double PAD = 6;

    /** A step to mark with a vertical line in a series' colour, and what happened there. */
    public record Mark(long step, int series, String text) {}

    /** How the y axis is chosen: fitted to the values, on a log scale, or fixed to [0, 1] for probabilities. */
    public enum Scale { FIT, LOG, PROBABILITY }

    private final String title;
    private final String titleTip;
    private final String yTitle;
    private final List<ChartSeries> series = new ArrayList<>();
    private final List<ChartSeries> pinned = new ArrayList<>();
    private final FlowPane legend = new FlowPane(14, 2);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(0.9);
    private final BooleanProperty logScale = new SimpleBooleanProperty();
    /** Takes the window's font (and zoom) from the stylesheet; never set by hand. */
    private final Text fontProbe = new Text();
    private final Text ruler = new Text();
    private List<Mark> marks = List.of();
    private String pinnedLabel = "";
    private double fixedLow = Double.NaN;
    private double fixedHigh = Double.NaN;
    private double hoverX = -1;
    private Frame frame;

    /**
     * @param titleTip what the chart shows, in a sentence or two
     * @param yTitle what the values are, written along the y axis
     * @param seriesTips what each line is, one per series name
     */
    public TrainingChart(BooleanProperty dark, String title, String titleTip, String yTitle, List<String> seriesNames,
            List<String> seriesTips) {
        super(dark, false, "training-chart");
        this.title = title;
        this.titleTip = titleTip;
        this.yTitle = yTitle;
        for (int i = 0; i < seriesNames.size(); i++) {
            series.add(new ChartSeries(seriesNames.get(i), seriesTips.get(i)));
        }
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        getChildren().add(fontProbe);
        legend.getStyleClass().add("chart-key");
        legend.setAlignment(Pos.CENTER_LEFT);
        showLegend();
        smoothing.addListener((o, a, b) -> {
            series.forEach(s -> s.smooth(b.doubleValue()));
            pinned.forEach(s -> s.smooth(b.doubleValue()));
            draw();
        });
        logScale.addListener((o, a, b) -> draw());
        setOnMouseMoved(e -> {
            hoverX = e.getX();
            draw();
        });
        setOnMouseExited(e -> {
            hoverX = -1;
            draw();
        });
    }

    /** The chart's heading and a key to its lines, to place above it. */
    public FlowPane legend() {
        return legend;
    }

    /** How strongly the bold line smooths the raw values: the moving average's weight of the past, 0 (none) to 0.99. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** Values on a log scale (only positive values are drawn). */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** Chooses how the y axis is drawn; a fixed range still gives way to a log scale turned on by hand. */
    public void setScale(Scale scale) {
        fixedLow = scale == Scale.PROBABILITY ? 0 : Double.NaN;
        fixedHigh = scale == Scale.PROBABILITY ? 1 : Double.NaN;
        logScale.set(scale == Scale.LOG);
        draw();
    }

    public List<Mark> marks() {
        return marks;
    }

    public void setMarks(List<Mark> marks) {
        if (!marks.equals(this.marks)) {
            this.marks = List.copyOf(marks);
            draw();
        }
    }

    public void add(int index, long step, double value) {
        series.get(index).add(step, value, smoothing.get());
    }

    /** Pushes what arrived since the last frame into the picture. */
    public void flush() {
        boolean changed = false;
        for (ChartSeries s : series) {
            changed |= s.flush();
        }
        if (changed) {
            draw();
        }
    }

    /** Forgets the live run; a kept one stays. */
    public void clear() {
        series.forEach(ChartSeries::clear);
        marks = List.of();
        draw();
    }

    /** The raw points drawn for series {@code index}. */
    public int pointCount(int index) {
        return series.get(index).rawShown();
    }

    public int seriesCount() {
        return series.size();
    }

    public String seriesName(int index) {
        return series.get(index).name();
    }

    /** Every raw value of series {@code index} so far, as steps and values. */
    public ChartSeries.Raw raw(int index) {
        return series.get(index).raw();
    }

    public String title() {
        return title;
    }

    /**
     * Draws a kept run dashed under the live one, series by series ({@code steps} and {@code values} of the live series
     * of the same index; null where the kept run lacks that metric); replaces an earlier one.
     */
    void pin(String suffix, String label, List<long[]> steps, List<double[]> values) {
        pinned.clear();
        pinnedLabel = label;
        for (int s = 0; s < series.size(); s++) {
            ChartSeries copy = new ChartSeries(series.get(s).name() + " " + suffix, "");
            if (steps.get(s) != null) {
                for (int i = 0; i < steps.get(s).length; i++) {
                    copy.add(steps.get(s)[i], values.get(s)[i], smoothing.get());
                }
                copy.flush();
            }
            pinned.add(copy);
        }
        showLegend();
        draw();
    }

    void unpin() {
        pinned.clear();
        showLegend();
        draw();
    }

    public boolean hasPinned() {
        return !pinned.isEmpty();
    }

    private void showLegend() {
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-heading");
        heading.setTooltip(Tips.text(titleTip));
        legend.getChildren().setAll(heading);
        for (int i = 0; i < series.size(); i++) {
            Label key = key(series.get(i).name(), COLORS[i % COLORS.length], false);
            key.setTooltip(Tips.text(series.get(i).tip()));
            legend.getChildren().add(key);
        }
        if (!pinned.isEmpty()) {
            Label key = key(pinnedLabel, "#8c959f", true);
            key.setTooltip(Tips.of("gan.pinned.tooltip"));
            legend.getChildren().add(key);
        }
    }

    private static Label key(String name, String color, boolean dashed) {
        Line line = new Line(0, 0, 22, 0);
        line.setStroke(Color.web(color));
        line.setStrokeWidth(3);
        if (dashed) {
            line.getStrokeDashArray().addAll(6.0, 4.0);
            line.setOpacity(0.6);
        }
        Label label = new Label(name, line);
        label.getStyleClass().add("chart-key-item");
        return label;
    }

    /** Where the plot area lies and how values map onto it, for one drawing. */
    private record Frame(double left, double top, double width, double height, double xMax, double yLow, double yHigh,
            boolean log, int stepTicks, int valueTicks) {

        double x(double step) {
            return left + width * step / xMax;
        }

        double y(double value) {
            double v = log ? Math.log10(value) : value;
            return top + height * (1 - (v - yLow) / (yHigh - yLow));
        }

        double step(double px) {
            return (px - left) / width * xMax;
        }
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        Font font = fontProbe.getFont();
        Font small = Font.font(font.getFamily(), font.getSize() * 0.9);
        g.setFont(small);
        double lineHeight = small.getSize() * 1.3;
        frame = frame(0, PAD + lineHeight / 2, w, h - 3 * PAD - 2.5 * lineHeight, lineHeight);
        double labels = 0;
        for (double[] tick : valueTicks(frame)) {
            labels = Math.max(labels, textWidth(format(tick[1]), small));
        }
        double left = PAD + lineHeight + labels + 6;
        frame = frame(left, frame.top(), w - left - PAD - 4, frame.height(), lineHeight);
        if (frame.width() <= 10 || frame.height() <= 10) {
            return;
        }
        Color text = dark() ? Color.web("#adbac7") : Color.web("#57606a");
        drawGrid(g, text, small, lineHeight);
        for (int i = 0; i < pinned.size(); i++) {
            Color c = Color.web(COLORS[i % COLORS.length]);
            drawPolyline(g, pinned.get(i).smoothedShown(), c.deriveColor(0, 1, 1, 0.55), 1.6, true);
        }
        for (int i = 0; i < series.size(); i++) {
            Color c = Color.web(COLORS[i % COLORS.length]);
            drawPolyline(g, series.get(i).rawPoints(), c.deriveColor(0, 1, 1, smoothing.get() > 0 ? 0.25 : 1), 1, false);
            if (smoothing.get() > 0) {
                drawPolyline(g, series.get(i).smoothedShown(), c, 2, false);
            }
        }
        drawMarks(g);
        drawHover(g, small, lineHeight);
    }

    private Frame frame(double left, double top, double width, double height, double lineHeight) {
        int stepTicks = (int) Math.max(2, Math.min(MAX_STEP_TICKS, width / (STEP_TICK_ROOM * lineHeight)));
        int valueTicks = (int) Math.max(2, Math.min(MAX_VALUE_TICKS, height / (VALUE_TICK_ROOM * lineHeight)));
        long lastStep = 0;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        boolean log = logScale.get();
        List<ChartSeries> all = new ArrayList<>(series);
        all.addAll(pinned);
        for (ChartSeries s : all) {
            lastStep = Math.max(lastStep, s.lastStep());
            double[] range = s.range(log);
            low = Math.min(low, range[0]);
            high = Math.max(high, range[1]);
        }
        double unit = NiceScale.tickUnit(Math.max(10, lastStep), stepTicks);
        double xMax = Math.max(unit, NiceScale.ceil(lastStep, unit));
        if (!Double.isNaN(fixedLow) && !log) {
            low = fixedLow;
            high = fixedHigh;
        } else if (low > high) {
            low = 0;
            high = 1;
        } else if (log) {
            low = Math.floor(Math.log10(low));
            high = Math.max(low + 1, Math.ceil(Math.log10(high)));
        } else {
            double span = high - low;
            double margin = span == 0 ? Math.max(1e-6, Math.abs(high) * 0.1 + 0.5) : span * 0.06;
            double tick = NiceScale.tickUnit(span + 2 * margin, valueTicks);
            boolean nonNegative = low >= 0;
            low = Math.floor((low - margin) / tick) * tick;
            if (nonNegative) {
                low = Math.max(0, low);
            }
            high = NiceScale.ceil(high + margin, tick);
        }
        return new Frame(left, top, width, height, xMax, low, high, log, stepTicks, valueTicks);
    }

    private void drawGrid(GraphicsContext g, Color text, Font font, double lineHeight) {
        Frame f = frame;
        g.setStroke(gridColor());
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.setFill(text);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double[] tick : valueTicks(f)) {
            double y = Math.round(f.y(tick[0])) + 0.5;
            g.strokeLine(f.left(), y, f.left() + f.width(), y);
            g.fillText(format(tick[1]), f.left() - 4, y);
        }
        double unit = NiceScale.tickUnit(f.xMax(), f.stepTicks());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        CompactNumber steps = new CompactNumber();
        for (double s = 0; s <= f.xMax() + 1e-9; s += unit) {
            double x = Math.round(f.x(s)) + 0.5;
            g.strokeLine(x, f.top(), x, f.top() + f.height());
            g.fillText(steps.toString(s), x, f.top() + f.height() + 3);
        }
        g.setLineDashes((double[]) null);
        g.setStroke(text);
        g.strokeRect(Math.round(f.left()) + 0.5, Math.round(f.top()) + 0.5, Math.round(f.width()), Math.round(f.height()));
        g.fillText(I18n.get("gan.chart.step"), f.left() + f.width() / 2,
                f.top() + f.height() + 3 + lineHeight);
        g.save();
        g.translate(PAD + lineHeight / 2, f.top() + f.height() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yTitle, 0, 0);
        g.restore();
    }

    /** Tick positions (in axis units) and the values they label. */
    private static List<double[]> valueTicks(Frame f) {
        List<double[]> ticks = new ArrayList<>();
        if (f.log()) {
            int decades = (int) Math.round(f.yHigh() - f.yLow());
            int stride = Math.max(1, (decades + f.valueTicks() - 1) / f.valueTicks());
            for (int k = (int) f.yLow(); k <= f.yHigh(); k += stride) {
                ticks.add(new double[] {Math.pow(10, k), Math.pow(10, k)});
            }
            return ticks;
        }
        double unit = NiceScale.tickUnit(f.yHigh() - f.yLow(), f.valueTicks());
        for (double v = Math.ceil(f.yLow() / unit - 1e-9) * unit; v <= f.yHigh() + 1e-9; v += unit) {
            ticks.add(new double[] {v, Math.abs(v) < unit * 1e-9 ? 0 : v});
        }
        return ticks;
    }

    private void drawPolyline(GraphicsContext g, double[][] points, Color color, double width, boolean dashed) {
        Frame f = frame;
        g.setStroke(color);
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[] {8, 6} : null);
        g.beginPath();
        boolean started = false;
        for (double[] p : points) {
            if (f.log() && p[1] <= 0) {
                started = false;
                continue;
            }
            double x = f.x(p[0]);
            double y = Math.max(f.top(), Math.min(f.top() + f.height(), f.y(p[1])));
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    private void drawMarks(GraphicsContext g) {
        Frame f = frame;
        g.setLineWidth(1.5);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (Mark mark : marks) {
            Color c = Color.web(COLORS[mark.series() % COLORS.length]);
            double x = Math.round(f.x(mark.step())) + 0.5;
            g.setStroke(c.deriveColor(0, 1, 1, 0.35));
            g.setLineDashes(3, 3);
            g.strokeLine(x, f.top(), x, f.top() + f.height());
            g.setLineDashes((double[]) null);
            g.setFill(c);
            g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {f.top(), f.top(), f.top() + 6}, 3);
        }
    }

    /** A line of the read-out and the series whose colour it takes (-1: none). */
    record ReadoutLine(String text, int series) {}

    /** What the read-out says at {@code step}: the step, each series' raw (and smoothed) value there, and any mark. */
    List<ReadoutLine> readout(long step) {
        List<ReadoutLine> lines = new ArrayList<>();
        lines.add(new ReadoutLine(I18n.format("chart.readout.step",
                NumberFormat.getIntegerInstance(I18n.locale()).format(step)), -1));
        for (int i = 0; i < series.size(); i++) {
            double[] at = series.get(i).at(step);
            if (at != null) {
                String smoothed = smoothing.get() > 0 ? " (" + I18n.get("chart.smoothed") + " " + format(at[2]) + ")" : "";
                lines.add(new ReadoutLine(series.get(i).name() + ": " + format(at[1]) + smoothed, i));
            }
        }
        double tolerance = frame == null ? 0 : 6 / frame.width() * frame.xMax();
        for (Mark mark : marks) {
            if (Math.abs(mark.step() - step) <= tolerance) {
                lines.add(new ReadoutLine(mark.text(), mark.series()));
            }
        }
        return lines;
    }

    /** The y axis's range in values (powers of ten on a log scale), as last drawn. */
    double[] valueRange() {
        return frame.log() ? new double[] {Math.pow(10, frame.yLow()), Math.pow(10, frame.yHigh())}
                : new double[] {frame.yLow(), frame.yHigh()};
    }

    private void drawHover(GraphicsContext g, Font font, double lineHeight) {
        Frame f = frame;
        if (hoverX < f.left() || hoverX > f.left() + f.width()) {
            return;
        }
        long step = Math.round(f.step(hoverX));
        List<ReadoutLine> lines = readout(step);
        double x = Math.round(f.x(step)) + 0.5;
        Color ink = dark() ? Color.web("#e6edf3") : Color.web("#24292f");
        g.setStroke(ink);
        g.setLineWidth(1);
        g.strokeLine(x, f.top(), x, f.top() + f.height());
        double boxWidth = 0;
        for (ReadoutLine line : lines) {
            boxWidth = Math.max(boxWidth, textWidth(line.text(), font));
        }
        boxWidth += 16;
        double boxHeight = lines.size() * lineHeight + 8;
        double bx = x + 10 + boxWidth > f.left() + f.width() ? x - 10 - boxWidth : x + 10;
        double by = f.top() + 6;
        g.setFill(background().deriveColor(0, 1, 1, 0.92));
        g.fillRoundRect(bx, by, boxWidth, boxHeight, 6, 6);
        g.setStroke(gridColor());
        g.strokeRoundRect(bx, by, boxWidth, boxHeight, 6, 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            int colour = lines.get(i).series();
            g.setFill(colour < 0 ? ink : Color.web(COLORS[colour % COLORS.length]));
            g.fillText(lines.get(i).text(), bx + 8, by + 4 + i * lineHeight);
        }
    }

    private double textWidth(String text, Font font) {
        ruler.setFont(font);
        ruler.setText(text);
        return ruler.getLayoutBounds().getWidth();
    }

    /** Three significant digits, without a long tail of zeros. */
    static String format(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        double magnitude = Math.abs(v);
        if (magnitude >= 1e4 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(3));
        return rounded.stripTrailingZeros().toPlainString();
    }
}
