package org.generativa.ui.widgets;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.generativa.metrics.ClassCoverage;
import org.generativa.metrics.ModeCoverage;
import org.generativa.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Mode coverage on labelled image data: which classes the reference classifier recognises in
 * generated samples, how evenly (KL to uniform), how many it recognises at all, and the
 * classifier-feature Fréchet distance.
 */
public final class ClassCoverageView extends VBox {

    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final Label title = UiControls.wrappingTitle(I18n.get("gan.coverage"));
    private final Label summary = new Label();
    private final Label note = new Label();
    private final Label missing = new Label();
    private boolean applicable = true;
    private final Button measure = Tips.explain(new Button(I18n.get("gan.coverage.measure"), new FontIcon("mdi2c-chart-bar")),
            "gan.coverage.measure.tooltip");

    public ClassCoverageView(Runnable onMeasure) {
        super(6);
        setId("class-coverage");
        getChildren().add(title);
        histogram.setAnimated(false);
        histogram.setLegendVisible(false);
        histogram.setCategoryGap(2);
        histogram.setBarGap(0);
        histogram.setMinHeight(90);
        histogram.setPrefHeight(130);
        histogram.getYAxis().setTickLabelsVisible(false);
        histogram.getYAxis().setOpacity(0.6);
        ((NumberAxis) histogram.getYAxis()).setForceZeroInRange(true);
        histogram.setId("class-histogram");
        VBox.setVgrow(histogram, Priority.ALWAYS);
        summary.setId("coverage-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        missing.setId("coverage-missing");
        missing.getStyleClass().add("refusal");
        missing.setWrapText(true);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        missing.setTooltip(Tips.of("gan.coverage.missing.tooltip"));
        measure.setId("measure-coverage");
        measure.setMinWidth(Region.USE_PREF_SIZE);
        measure.setOnAction(e -> onMeasure.run());
        setAlignment(Pos.TOP_LEFT);
    }

    /** Before measuring: the button, or why there is nothing to measure. */
    public void idle(boolean applicable) {
        this.applicable = applicable;
        title.setText(I18n.get("gan.coverage"));
        summary.setTooltip(null);
        note.setText(I18n.get(applicable ? "gan.coverage.explain" : "gan.coverage.notApplicable"));
        if (applicable) {
            getChildren().setAll(getChildren().get(0), note, measure);
        } else {
            getChildren().setAll(getChildren().get(0), note);
        }
    }

    /** Forgets the last measurement (a new run began): back to the state before one. */
    public void clear() {
        histogram.getData().clear();
        idle(applicable);
    }

    /** Points from a mixture with known modes: how many modes the samples capture, and the samples per mode. */
    public void showModes(ModeCoverage coverage) {
        title.setText(I18n.get("gan.modes"));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int k = 0; k < coverage.samplesPerMode().length; k++) {
            series.getData().add(new XYChart.Data<>(String.valueOf(k + 1), coverage.samplesPerMode()[k]));
        }
        histogram.getData().setAll(series);
        summary.setText(I18n.format("lab.metrics", coverage.modesCaptured(), coverage.modes(),
                String.format(Locale.ROOT, "%.0f", 100 * coverage.highQualityFraction()),
                String.format(Locale.ROOT, "%.2f", coverage.reverseKl())));
        summary.setTooltip(Tips.of("lab.metrics.tooltip"));
        missing.setVisible(false);
        missing.setManaged(false);
        if (!getChildren().contains(histogram)) {
            getChildren().setAll(title, summary, missing, histogram);
        }
    }

    public void show(ClassCoverage coverage) {
        title.setText(I18n.get("gan.coverage"));
        summary.setTooltip(null);
        List<String> absent = coverage.missingClasses();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int k = 0; k < coverage.classes().size(); k++) {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(coverage.classes().get(k), coverage.classFractions()[k]);
            if (absent.contains(coverage.classes().get(k))) {
                bar.nodeProperty().subscribe(node -> {
                    if (node != null) {
                        node.getStyleClass().add("missing-class");
                    }
                });
            }
            series.getData().add(bar);
        }
        histogram.getData().setAll(series);
        // With no sample recognised the class histogram is empty and its KL undefined: a dash, not NaN.
        String kl = Double.isNaN(coverage.klToUniform()) ? "–" : String.format(Locale.ROOT, "%.3f", coverage.klToUniform());
        String text = String.format(Locale.ROOT, I18n.get("gan.coverage.summary"), 100 * coverage.recognisable(), kl,
                coverage.frechetDistance());
        if (!Double.isNaN(coverage.condAccuracy())) {
            text += String.format(Locale.ROOT, I18n.get("gan.coverage.cond"), 100 * coverage.condAccuracy());
        }
        summary.setText(text);
        missing.setText(absent.isEmpty() ? "" : I18n.format("gan.coverage.missing", String.join(", ", absent)));
        missing.setVisible(!absent.isEmpty());
        missing.setManaged(!absent.isEmpty());
        if (!getChildren().contains(histogram)) {
            getChildren().setAll(title, summary, missing, histogram);
        }
    }

}
