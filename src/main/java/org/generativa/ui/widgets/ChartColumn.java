package org.generativa.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.generativa.train.MetricPoint;
import org.generativa.train.RecordedMetrics;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The training-curve charts of a family tab, built for the metrics a run reports: each chart draws
 * the metrics of its spec that the run has. A run can be pinned so that the next one is drawn over it.
 */
public final class ChartColumn extends VBox {

    /**
     * One chart: its title key, the key of its y axis's title, the metrics it may draw, its scale, and for which runs
     * (by the metrics they report) it is drawn.
     */
    public record ChartSpec(String titleKey, String yTitleKey, List<String> metrics, TrainingChart.Scale scale,
            Predicate<List<String>> shownFor) {

        public ChartSpec(String titleKey, String yTitleKey, List<String> metrics, TrainingChart.Scale scale) {
            this(titleKey, yTitleKey, metrics, scale, names -> true);
        }
    }

    private final List<ChartSpec> specs;
    private final Appearance appearance;
    private final VBox chartBox = new VBox(6);
    private final List<ChartCard> cards = new ArrayList<>();
    private final List<int[]> routes = new ArrayList<>();
    private final Button pin = new Button();
    private List<String> metricNames = List.of();
    private RecordedMetrics pinnedRun;

    /** @param togglePin keeps the run shown now to compare the next ones with, or lets the kept one go */
    public ChartColumn(List<ChartSpec> specs, List<String> initialMetrics, Appearance appearance, Runnable togglePin) {
        super(6);
        this.specs = specs;
        this.appearance = appearance;
        pin.setId("pin-run");
        pin.setOnAction(e -> togglePin.run());
        FlowPane bar = new FlowPane(12, 4, UiControls.title(I18n.get("gan.charts")),
                UiControls.smoothingSlider(appearance.chartSmoothingProperty()), pin);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(bar, chartBox);
        VBox.setVgrow(chartBox, Priority.ALWAYS);
        build(initialMetrics);
    }

    /** A new run: charts for its metrics (a pinned run stays when the metrics are the same). */
    public void restarted(List<String> names) {
        if (!names.equals(metricNames)) {
            build(names);
        } else {
            cards.forEach(card -> card.chart().clear());
        }
    }

    private void build(List<String> names) {
        metricNames = names;
        cards.clear();
        routes.clear();
        chartBox.getChildren().clear();
        for (ChartSpec spec : specs) {
            List<String> shown = spec.metrics().stream().filter(names::contains).toList();
            if (shown.isEmpty() || !spec.shownFor().test(names)) {
                continue;
            }
            TrainingChart chart = new TrainingChart(appearance.darkProperty(), I18n.get(spec.titleKey()),
                    I18n.get(spec.titleKey() + ".tooltip"), I18n.get(spec.yTitleKey()),
                    shown.stream().map(m -> I18n.get("metric." + m)).toList(),
                    shown.stream().map(m -> I18n.get("metric." + m + ".tooltip")).toList());
            String id = spec.titleKey().substring(spec.titleKey().lastIndexOf('.') + 1);
            chart.setId(id + "-chart");
            chart.setScale(spec.scale());
            chart.smoothingProperty().bind(appearance.chartSmoothingProperty());
            ChartCard card = new ChartCard(chart, id);
            VBox.setVgrow(card, Priority.ALWAYS);
            cards.add(card);
            routes.add(shown.stream().mapToInt(names::indexOf).toArray());
            chartBox.getChildren().add(card);
        }
        showPinned(pinnedRun);
    }

    public List<String> metricNames() {
        return metricNames;
    }

    public void add(List<MetricPoint> points) {
        for (MetricPoint point : points) {
            double[] v = point.values();
            for (int c = 0; c < cards.size(); c++) {
                int[] route = routes.get(c);
                for (int s = 0; s < route.length; s++) {
                    cards.get(c).chart().add(s, point.step(), v[route[s]]);
                }
            }
        }
    }

    public void flush() {
        cards.forEach(card -> card.chart().flush());
    }

    public TrainingChart first() {
        return cards.get(0).chart();
    }

    public List<ChartCard> cards() {
        return List.copyOf(cards);
    }

    /** Draws {@code run} dashed under the live curves, for the metrics it shares with them; null draws none. */
    public void showPinned(RecordedMetrics run) {
        pinnedRun = run;
        for (int c = 0; c < cards.size(); c++) {
            TrainingChart chart = cards.get(c).chart();
            if (run == null) {
                chart.unpin();
                continue;
            }
            List<long[]> steps = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (int metric : routes.get(c)) {
                int column = run.names().indexOf(metricNames.get(metric));
                steps.add(column < 0 ? null : run.points().stream().mapToLong(MetricPoint::step).toArray());
                values.add(column < 0 ? null : run.points().stream().mapToDouble(p -> p.values()[column]).toArray());
            }
            chart.pin(I18n.get("gan.pinned.suffix"), I18n.get("gan.pinned.key"), steps, values);
        }
        showPinState();
    }

    private void showPinState() {
        boolean pinned = pinnedRun != null;
        pin.setText(I18n.get(pinned ? "gan.unpin" : "gan.pin"));
        pin.setGraphic(new FontIcon(pinned ? "mdi2p-pin-off-outline" : "mdi2p-pin-outline"));
        pin.setTooltip(Tips.of(pinned ? "gan.unpin.tooltip" : "gan.pin.tooltip"));
    }
}
