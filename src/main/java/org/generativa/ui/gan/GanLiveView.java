package org.generativa.ui.gan;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.generativa.preview.ImageGrid;
import org.generativa.preview.PointCloud;
import org.generativa.preview.Preview;
import org.generativa.preview.ScalarSamples;
import org.generativa.train.MetricPoint;
import org.generativa.train.RecordedMetrics;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.Presentation;
import org.generativa.ui.family.FamilyLiveView;
import org.generativa.ui.widgets.ChartColumn;
import org.generativa.ui.widgets.ClassCoverageView;
import org.generativa.ui.widgets.DensityView;
import org.generativa.ui.widgets.PointCloudView;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.SideBySide;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.TrainingChart.Scale;
import org.generativa.ui.widgets.TrainingChart;
import org.generativa.ui.widgets.UiControls;

/**
 * The GAN tab's live area: samples on the left with the discriminator's confusion matrix under them,
 * and on the right the loss, discriminator-output and generator-gradient charts. A run can be pinned
 * so that the next one is drawn over it.
 */
final class GanLiveView extends SideBySide implements FamilyLiveView {

    /** Below this width, in em, the charts go below the pictures. */
    private static final double BREAK_EM = 58;
    /** The most of the pictures row that D's features take; the samples keep the rest. */
    private static final double FEATURES_SHARE = 0.36;

    private static final List<ChartColumn.ChartSpec> CHARTS = List.of(
            new ChartColumn.ChartSpec("gan.chart.loss", "chart.y.loss", List.of("loss_d", "loss_g", "gp"), Scale.FIT),
            new ChartColumn.ChartSpec("gan.chart.d", "chart.y.probability", List.of("d_real", "d_fake"),
                    Scale.PROBABILITY, names -> !names.contains("w_estimate")),
            new ChartColumn.ChartSpec("gan.chart.critic", "chart.y.score", List.of("d_real", "d_fake", "w_estimate"),
                    Scale.FIT, names -> names.contains("w_estimate")),
            new ChartColumn.ChartSpec("gan.chart.gradient", "chart.y.norm", List.of("grad_norm_g"), Scale.LOG));

    private final SampleImageView sampleImage = new SampleImageView();
    private final SampleImageView featuresImage = new SampleImageView();
    private final VBox featuresBox;
    private final PointCloudView pointCloud;
    private final DensityView densities;
    private final StackPane previewHolder = new StackPane();
    private final VBox previewBox = new VBox(6);
    private final Label previewTitle = UiControls.title("");
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final ClassCoverageView coverage;
    private final ChartColumn charts;
    private Preview lastPreview;

    GanLiveView(Appearance appearance, Runnable onMeasureCoverage, Runnable togglePin) {
        super(0.46, BREAK_EM);
        BooleanProperty dark = appearance.darkProperty();
        charts = new ChartColumn(CHARTS, List.of("loss_d", "loss_g", "d_real", "d_fake", "grad_norm_g"), appearance,
                togglePin);
        coverage = new ClassCoverageView(onMeasureCoverage);
        pointCloud = new PointCloudView(dark);
        densities = new DensityView(dark);
        sampleImage.setId("sample-image");
        pointCloud.setId("point-cloud");
        previewHolder.getChildren().setAll(sampleImage);
        previewBox.getChildren().setAll(previewTitle, previewHolder);
        VBox.setVgrow(previewHolder, Priority.ALWAYS);
        featuresImage.setId("d-features");
        Label featuresTitle = UiControls.wrappingTitle(I18n.get("gan.features"));
        featuresTitle.setTooltip(Tips.of("gan.features.tooltip"));
        featuresBox = new VBox(6, featuresTitle, featuresImage);
        VBox.setVgrow(featuresImage, Priority.ALWAYS);
        HBox pictures = new HBox(12, previewBox, featuresBox);
        HBox.setHgrow(previewBox, Priority.ALWAYS);
        HBox.setHgrow(featuresBox, Priority.ALWAYS);
        previewBox.setPrefWidth(0);
        featuresBox.setPrefWidth(0);
        featuresBox.maxWidthProperty().bind(pictures.widthProperty().multiply(FEATURES_SHARE));
        showFeatures(false);
        VBox confusionBox = new VBox(4, UiControls.title(I18n.get("gan.confusion")), confusion);
        confusionBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox diagnostics = new HBox(16, confusionBox, coverage);
        HBox.setHgrow(coverage, Priority.ALWAYS);
        diagnostics.getStyleClass().add("diagnostics-row");
        VBox left = new VBox(12, pictures, diagnostics);
        VBox.setVgrow(pictures, Priority.ALWAYS);

        VBox right = charts;

        setId("gan-live");
        setPadding(new Insets(12));
        setSides(left, right);
    }

    @Override
    public Presentation presentation(ObservableValue<String> numbers) {
        return Presentation.lending(previewBox, previewHolder, numbers);
    }

    /** A new run: charts for its metrics (a pinned run stays), an empty confusion matrix. */
    @Override
    public void restarted(List<String> names) {
        charts.restarted(names);
        confusion.clear();
        coverage.clear();
        showFeatures(false);
    }

    /** D's first layer as pictures, beside the samples (image data only). */
    @Override
    public void sidePreview(Preview preview) {
        if (preview instanceof ImageGrid grid) {
            featuresImage.show(grid);
            showFeatures(true);
        }
    }

    private void showFeatures(boolean shown) {
        featuresBox.setVisible(shown);
        featuresBox.setManaged(shown);
    }

    @Override
    public void metrics(List<MetricPoint> points) {
        charts.add(points);
        List<String> names = charts.metricNames();
        int tp = names.indexOf("tp");
        for (MetricPoint point : points) {
            double[] v = point.values();
            if (tp >= 0 && !Double.isNaN(v[tp])) {
                confusion.update(v[tp], v[names.indexOf("fn")], v[names.indexOf("fp")], v[names.indexOf("tn")]);
            }
        }
    }

    @Override
    public void showPinned(RecordedMetrics run) {
        charts.showPinned(run);
    }

    @Override
    public void flushCharts() {
        charts.flush();
    }

    @Override
    public void preview(Preview preview) {
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

    ClassCoverageView coverage() {
        return coverage;
    }

    @Override
    public Preview lastPreview() {
        return lastPreview;
    }

    TrainingChart lossChart() {
        return charts.first();
    }

    SampleImageView sampleImage() {
        return sampleImage;
    }

    ConfusionMatrixView confusion() {
        return confusion;
    }
}
