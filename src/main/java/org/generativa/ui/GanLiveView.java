package org.generativa.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.generativa.train.ImageGrid;
import org.generativa.train.MetricPoint;
import org.generativa.train.PointCloud;
import org.generativa.train.Preview;
import org.generativa.train.ScalarSamples;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The GAN tab's live area: samples on the left with the discriminator's confusion matrix under them,
 * and on the right the loss, discriminator-output and generator-gradient charts. A run can be pinned
 * so that the next one is drawn over it.
 */
final class GanLiveView extends GridPane {

    /** One chart: its title and which metrics it draws (those a model does not report are left out). */
    private record ChartSpec(String titleKey, List<String> metrics) {}

    private static final List<ChartSpec> CHARTS = List.of(
            new ChartSpec("gan.chart.loss", List.of("loss_d", "loss_g")),
            new ChartSpec("gan.chart.d", List.of("d_real", "d_fake", "w_estimate")),
            new ChartSpec("gan.chart.gradient", List.of("grad_norm_g")));

    private final SampleImageView sampleImage = new SampleImageView();
    private final PointCloudView pointCloud;
    private final DensityView densities;
    private final StackPane previewHolder = new StackPane();
    private final Label previewTitle = UiControls.title("");
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final ClassCoverageView coverage;
    private final VBox chartBox = new VBox(6);
    private final List<LiveChart> charts = new ArrayList<>();
    private final List<int[]> routes = new ArrayList<>();
    private final Button pin = new Button();
    private List<String> metricNames = List.of();
    private Preview lastPreview;

    GanLiveView(BooleanProperty dark, Runnable onMeasureCoverage) {
        coverage = new ClassCoverageView(onMeasureCoverage);
        pointCloud = new PointCloudView(dark);
        densities = new DensityView(dark);
        sampleImage.setId("sample-image");
        pointCloud.setId("point-cloud");
        previewHolder.getChildren().setAll(sampleImage);
        VBox previewBox = new VBox(6, previewTitle, previewHolder);
        VBox.setVgrow(previewHolder, Priority.ALWAYS);
        VBox confusionBox = new VBox(4, UiControls.title(I18n.get("gan.confusion")), confusion);
        confusionBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox diagnostics = new HBox(16, confusionBox, coverage);
        HBox.setHgrow(coverage, Priority.ALWAYS);
        diagnostics.getStyleClass().add("diagnostics-row");
        VBox left = new VBox(12, previewBox, diagnostics);
        VBox.setVgrow(previewBox, Priority.ALWAYS);

        pin.setId("pin-run");
        pin.setOnAction(e -> togglePin());
        showPinState();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox chartBar = new HBox(8, UiControls.title(I18n.get("gan.charts")), spacer, pin);
        chartBar.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(6, chartBar, chartBox);
        VBox.setVgrow(chartBox, Priority.ALWAYS);

        setHgap(16);
        setPadding(new Insets(12));
        ColumnConstraints previewColumn = new ColumnConstraints();
        previewColumn.setPercentWidth(46);
        ColumnConstraints chartColumn = new ColumnConstraints();
        chartColumn.setPercentWidth(54);
        getColumnConstraints().addAll(previewColumn, chartColumn);
        add(left, 0, 0);
        add(right, 1, 0);
        GridPane.setVgrow(left, Priority.ALWAYS);
        GridPane.setVgrow(right, Priority.ALWAYS);
        buildCharts(List.of("loss_d", "loss_g", "d_real", "d_fake", "grad_norm_g"));
    }

    /** A new run: charts for its metrics (a pinned run stays), an empty confusion matrix. */
    void restarted(List<String> names) {
        if (!names.equals(metricNames)) {
            buildCharts(names);
        } else {
            charts.forEach(LiveChart::clear);
        }
        confusion.clear();
    }

    private void buildCharts(List<String> names) {
        metricNames = names;
        charts.clear();
        routes.clear();
        chartBox.getChildren().clear();
        for (ChartSpec spec : CHARTS) {
            List<String> shown = spec.metrics().stream().filter(names::contains).toList();
            if (shown.isEmpty()) {
                continue;
            }
            List<String> seriesNames = shown.stream().map(m -> I18n.get("gan.metric." + m)).toList();
            LiveChart chart = new LiveChart(I18n.get(spec.titleKey()), I18n.get("gan.chart.step"), seriesNames);
            chart.setId(spec.titleKey().replace("gan.chart.", "") + "-chart");
            chart.setMinHeight(110);
            VBox.setVgrow(chart, Priority.ALWAYS);
            VBox withKey = new VBox(0, chart.legend(), chart);
            VBox.setVgrow(withKey, Priority.ALWAYS);
            charts.add(chart);
            routes.add(shown.stream().mapToInt(names::indexOf).toArray());
            chartBox.getChildren().add(withKey);
        }
        showPinState();
    }

    void metrics(List<MetricPoint> points) {
        for (MetricPoint point : points) {
            double[] v = point.values();
            for (int c = 0; c < charts.size(); c++) {
                int[] route = routes.get(c);
                for (int s = 0; s < route.length; s++) {
                    charts.get(c).add(s, point.step(), v[route[s]]);
                }
            }
        }
        int tp = metricNames.indexOf("tp");
        for (MetricPoint point : points) {
            double[] v = point.values();
            if (tp >= 0 && !Double.isNaN(v[tp])) {
                confusion.update(v[tp], v[metricNames.indexOf("fn")], v[metricNames.indexOf("fp")], v[metricNames.indexOf("tn")]);
            }
        }
    }

    void flushCharts() {
        charts.forEach(LiveChart::flush);
    }

    void preview(Preview preview) {
        lastPreview = preview;
        if (preview instanceof ImageGrid grid) {
            showIn(sampleImage, "gan.samples");
            sampleImage.show(grid);
        } else if (preview instanceof PointCloud cloud) {
            showIn(pointCloud, "gan.points");
            pointCloud.show(cloud);
        } else if (preview instanceof ScalarSamples samples) {
            showIn(densities, "gan.densities");
            densities.show(samples);
        }
    }

    private void showIn(Region view, String titleKey) {
        if (previewHolder.getChildren().get(0) != view) {
            previewHolder.getChildren().setAll(view);
        }
        previewTitle.setText(I18n.get(titleKey));
    }

    private void togglePin() {
        boolean pinned = charts.stream().anyMatch(LiveChart::hasPinned);
        for (LiveChart chart : charts) {
            if (pinned) {
                chart.unpin();
            } else {
                chart.pin(I18n.get("gan.pinned.suffix"), I18n.get("gan.pinned.key"));
            }
        }
        showPinState();
    }

    private void showPinState() {
        boolean pinned = charts.stream().anyMatch(LiveChart::hasPinned);
        pin.setText(I18n.get(pinned ? "gan.unpin" : "gan.pin"));
        pin.setGraphic(new FontIcon(pinned ? "mdi2p-pin-off-outline" : "mdi2p-pin-outline"));
        pin.setTooltip(new Tooltip(I18n.get(pinned ? "gan.unpin.tooltip" : "gan.pin.tooltip")));
    }

    ClassCoverageView coverage() {
        return coverage;
    }

    Preview lastPreview() {
        return lastPreview;
    }

    LiveChart lossChart() {
        return charts.get(0);
    }

    SampleImageView sampleImage() {
        return sampleImage;
    }

    ConfusionMatrixView confusion() {
        return confusion;
    }
}
