package org.generativa.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * A line chart for values that arrive every training step: no animation, no symbols, at most one
 * change per series per frame, each series decimated below {@link #CAP} points.
 */
final class LiveChart extends LineChart<Number, Number> {

    static final int CAP = 1200;
    private static final int MAX_STEP_TICKS = 6;

    private final List<SeriesDecimator> decimators = new ArrayList<>();
    private long lastStep;

    LiveChart(String title, String xLabel, List<String> seriesNames) {
        super(new NumberAxis(), new NumberAxis());
        setTitle(title);
        setAnimated(false);
        setCreateSymbols(false);
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
            decimators.add(new SeriesDecimator(CAP));
        }
    }

    void add(int series, long step, double value) {
        decimators.get(series).add(step, value);
    }

    /** Pushes what arrived since the last frame into the chart. */
    void flush() {
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
            ObservableList<Data<Number, Number>> data = getData().get(s).getData();
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

    void clear() {
        lastStep = 0;
        decimators.forEach(SeriesDecimator::clear);
        getData().forEach(series -> series.getData().clear());
    }

    int pointCount(int series) {
        return getData().get(series).getData().size();
    }
}
