package org.generativa.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;

/**
 * A line chart for values that arrive every training step: no animation, no symbols, at most one
 * change per series per frame, each series decimated below {@link #CAP} points.
 */
public final class LiveChart extends LineChart<Number, Number> {

    static final int CAP = 1200;
    private static final int MAX_STEP_TICKS = 6;

    private static final String[] COLORS = {"#2f7bd6", "#f08a1c", "#2ea043", "#8250df", "#cf222e", "#1b7c83"};

    private final List<SeriesDecimator> decimators = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> live = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> pinned = new ArrayList<>();
    private final HBox legend = new HBox(14);
    private final String title;
    private final String titleTip;
    private final List<String> seriesTips;
    private String pinnedLabel = "";
    private long lastStep;

    /**
     * @param titleTip what the chart shows, in a sentence or two
     * @param seriesTips what each line is, one per series name
     */
    public LiveChart(String title, String titleTip, String xLabel, List<String> seriesNames, List<String> seriesTips) {
        super(new NumberAxis(), new NumberAxis());
        this.title = title;
        this.titleTip = titleTip;
        this.seriesTips = List.copyOf(seriesTips);
        setAnimated(false);
        setCreateSymbols(false);
        setLegendVisible(false);
        getStyleClass().add("live-chart");
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLabel(xLabel);
        x.setForceZeroInRange(false);
        x.setAnimated(false);
        x.setTickLabelFormatter(new CompactNumber());
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(10);
        x.setTickUnit(2);
        x.setMinorTickVisible(false);
        NumberAxis y = (NumberAxis) getYAxis();
        y.setForceZeroInRange(false);
        y.setAnimated(false);
        for (String name : seriesNames) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(name);
            getData().add(series);
            live.add(series);
            decimators.add(new SeriesDecimator(CAP));
        }
        colour();
        legend.getStyleClass().add("chart-key");
        legend.setAlignment(Pos.CENTER_LEFT);
        showLegend();
    }

    /**
     * The chart's heading: its title and a key to its lines, to place above it (the built-in legend
     * disappears when charts are short, and a separate title costs a line).
     */
    public HBox legend() {
        return legend;
    }

    private void showLegend() {
        Label heading = new Label(title);
        heading.getStyleClass().add("chart-heading");
        heading.setTooltip(Tips.text(titleTip));
        legend.getChildren().setAll(heading);
        for (int i = 0; i < live.size(); i++) {
            Label key = key(live.get(i).getName(), COLORS[i % COLORS.length], false);
            key.setTooltip(Tips.text(seriesTips.get(i)));
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

    public void add(int series, long step, double value) {
        decimators.get(series).add(step, value);
    }

    /** Pushes what arrived since the last frame into the chart. */
    public void flush() {
        for (int s = 0; s < decimators.size(); s++) {
            lastStep = Math.max(lastStep, decimators.get(s).lastStep());
            SeriesDecimator.Update update = decimators.get(s).flush();
            if (update.isEmpty()) {
                continue;
            }
            ObservableList<Data<Number, Number>> points = FXCollections.observableArrayList();
            for (int i = 0; i < update.steps().length; i++) {
                points.add(new Data<>(update.steps()[i], update.values()[i]));
            }
            ObservableList<Data<Number, Number>> data = live.get(s).getData();
            if (update.replace()) {
                data.setAll(points);
            } else {
                data.addAll(points);
            }
        }
        fitStepAxis();
    }

    /** The step axis always starts at 0 and ends on a round number, with few enough ticks to stay legible. */
    private void fitStepAxis() {
        NumberAxis x = (NumberAxis) getXAxis();
        double unit = NiceScale.tickUnit(Math.max(10, lastStep), MAX_STEP_TICKS);
        double upper = Math.max(unit, NiceScale.ceil(lastStep, unit));
        if (upper != x.getUpperBound()) {
            x.setTickUnit(unit);
            x.setUpperBound(upper);
        }
    }

    /** Forgets the live run; a pinned run stays. */
    void clear() {
        lastStep = pinnedLastStep();
        decimators.forEach(SeriesDecimator::clear);
        live.forEach(series -> series.getData().clear());
    }

    public int pointCount(int series) {
        return live.get(series).getData().size();
    }

    /**
     * Draws a kept run faded and dashed under the live one, series by series ({@code steps} and {@code values} of
     * the live series of the same index; null where the kept run lacks that metric); replaces an earlier one.
     */
    void pin(String suffix, String label, List<long[]> steps, List<double[]> values) {
        unpin();
        pinnedLabel = label;
        for (int s = 0; s < live.size(); s++) {
            XYChart.Series<Number, Number> copy = new XYChart.Series<>();
            copy.setName(live.get(s).getName() + " " + suffix);
            if (steps.get(s) != null) {
                SeriesDecimator decimator = new SeriesDecimator(CAP);
                for (int i = 0; i < steps.get(s).length; i++) {
                    decimator.add(steps.get(s)[i], values.get(s)[i]);
                }
                SeriesDecimator.Update update = decimator.flush();
                for (int i = 0; i < update.steps().length; i++) {
                    copy.getData().add(new Data<>(update.steps()[i], update.values()[i]));
                }
                lastStep = Math.max(lastStep, decimator.lastStep());
            }
            pinned.add(copy);
        }
        getData().addAll(pinned);
        colour();
        showLegend();
        fitStepAxis();
    }

    void unpin() {
        getData().removeAll(pinned);
        pinned.clear();
        showLegend();
    }

    public boolean hasPinned() {
        return !pinned.isEmpty();
    }

    private long pinnedLastStep() {
        long last = 0;
        for (XYChart.Series<Number, Number> series : pinned) {
            for (Data<Number, Number> point : series.getData()) {
                last = Math.max(last, point.getXValue().longValue());
            }
        }
        return last;
    }

    /** A pinned series takes its live twin's colour; the line style tells them apart. */
    private void colour() {
        for (int i = 0; i < getData().size(); i++) {
            XYChart.Series<Number, Number> series = getData().get(i);
            int twin = pinned.contains(series) ? pinned.indexOf(series) : live.indexOf(series);
            String color = COLORS[twin % COLORS.length];
            String style = "-fx-stroke: " + color + ";" + (pinned.contains(series)
                    ? " -fx-stroke-dash-array: 10 7; -fx-opacity: 0.6; -fx-stroke-width: 2px;" : "");
            if (series.getNode() != null) {
                series.getNode().setStyle(style);
            }
            series.nodeProperty().addListener((o, a, b) -> {
                if (b != null) {
                    b.setStyle(style);
                }
            });
        }
        requestLayout();
    }
}
