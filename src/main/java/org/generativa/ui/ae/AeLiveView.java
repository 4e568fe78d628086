package org.generativa.ui.ae;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeReport;
import org.generativa.autoencoder.PretrainingProbe;
import org.generativa.preview.ImageGrid;
import org.generativa.preview.PointCloud;
import org.generativa.preview.Preview;
import org.generativa.train.MetricPoint;
import org.generativa.train.RecordedMetrics;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.Presentation;
import org.generativa.ui.family.FamilyLiveView;
import org.generativa.ui.widgets.ChartColumn;
import org.generativa.ui.widgets.ClassCoverageView;
import org.generativa.ui.widgets.PointCloudView;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.SideBySide;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.TrainingChart.Scale;
import org.generativa.ui.widgets.TrainingChart;
import org.generativa.ui.widgets.UiControls;

/**
 * The Autoencoders tab's live area: inputs and reconstructions of a fixed batch, samples from the
 * prior for generative variants, the variant's own picture, and the loss terms on the right.
 */
public final class AeLiveView extends SideBySide implements FamilyLiveView {

    /** Below this width, in em, the charts go below the pictures. */
    private static final double BREAK_EM = 58;

    private static final List<ChartColumn.ChartSpec> CHARTS = List.of(
            new ChartColumn.ChartSpec("ae.chart.loss", "chart.y.loss",
                    List.of("loss", "recon", "kl", "sparsity", "contractive", "correntropy", "adv_d", "adv_g"), Scale.LOG),
            new ChartColumn.ChartSpec("ae.chart.elbo", "chart.y.nats", List.of("neg_elbo_nats"), Scale.LOG),
            new ChartColumn.ChartSpec("ae.chart.psnr", "chart.y.db", List.of("psnr_in", "psnr_out"), Scale.FIT),
            new ChartColumn.ChartSpec("ae.chart.rho", "chart.y.activation", List.of("rho_hat"), Scale.PROBABILITY),
            new ChartColumn.ChartSpec("ae.chart.jacobian", "chart.y.jacobian", List.of("jacobian_fro2"), Scale.LOG),
            new ChartColumn.ChartSpec("ae.chart.pca", "chart.y.degrees", List.of("pca_angle_max_deg"), Scale.FIT),
            new ChartColumn.ChartSpec("ae.chart.phase", "chart.y.layer", List.of("phase"), Scale.FIT));

    private final SampleImageView reconstructions = new SampleImageView();
    private final PointCloudView reconstructedPoints;
    private final SampleImageView priorImages = new SampleImageView();
    private final PointCloudView priorPoints;
    private final StackPane reconHolder = new StackPane();
    private final StackPane priorHolder = new StackPane();
    private final VBox priorBox;
    private final Label sideTitle = new Label();
    private final Tooltip sideTip = Tips.text("");
    private boolean generative;
    private final AeInsightView insight = new AeInsightView();
    private final ClassCoverageView priorCoverage;
    private final ProbeView probe;
    private final ChartColumn charts;
    private final VBox left;
    private final HBox pictures;
    private Preview lastPreview;

    AeLiveView(Appearance appearance, Runnable onMeasurePriorSamples, Runnable onProbe, Runnable togglePin) {
        super(0.54, BREAK_EM);
        BooleanProperty dark = appearance.darkProperty();
        charts = new ChartColumn(CHARTS, List.of("loss", "recon"), appearance, togglePin);
        reconstructedPoints = new PointCloudView(dark);
        priorPoints = new PointCloudView(dark);
        reconstructions.setId("reconstructions");
        priorImages.setId("prior-samples");
        priorCoverage = new ClassCoverageView(onMeasurePriorSamples);
        reconHolder.getChildren().setAll(reconstructions);
        priorHolder.getChildren().setAll(priorImages);
        VBox reconBox = new VBox(6, UiControls.wrappingTitle(I18n.get("ae.reconstructions")), reconHolder);
        VBox.setVgrow(reconHolder, Priority.ALWAYS);
        sideTitle.setId("ae-side-title");
        sideTitle.getStyleClass().add("panel-title");
        sideTitle.setWrapText(true);
        sideTitle.setMinHeight(Region.USE_PREF_SIZE);
        sideTitle.setTooltip(sideTip);
        priorBox = new VBox(6, sideTitle, priorHolder);
        VBox.setVgrow(priorHolder, Priority.ALWAYS);
        HBox pictures = new HBox(12, reconBox, priorBox);
        HBox.setHgrow(reconBox, Priority.ALWAYS);
        HBox.setHgrow(priorBox, Priority.ALWAYS);
        reconBox.setPrefWidth(0);
        priorBox.setPrefWidth(0);
        probe = new ProbeView(onProbe);
        probe.setPrefWidth(0);
        HBox.setHgrow(probe, Priority.ALWAYS);
        HBox diagnostics = new HBox(16, insight, priorCoverage, probe);
        HBox.setHgrow(insight, Priority.ALWAYS);
        HBox.setHgrow(priorCoverage, Priority.ALWAYS);
        insight.setPrefWidth(0);
        priorCoverage.setPrefWidth(0);
        diagnostics.getStyleClass().add("diagnostics-row");
        left = new VBox(12, pictures, diagnostics);
        this.pictures = pictures;
        VBox.setVgrow(pictures, Priority.ALWAYS);

        setId("ae-live");
        setPadding(new Insets(12));
        setSides(left, charts);
    }

    @Override
    public Presentation presentation(ObservableValue<String> numbers) {
        return Presentation.lending(left, pictures, numbers);
    }

    /**
     * Shows only what {@code config}'s variant has: prior samples for generative ones, its picture if any; the others
     * show their first layer's weights beside the reconstructions once the model sends them (on images).
     */
    void configure(AeConfig config) {
        generative = config.variant().generative();
        String side = generative ? "ae.priorSamples" : "ae.features";
        sideTitle.setText(I18n.get(side));
        sideTip.setText(I18n.get(side + ".tooltip"));
        showSide(generative);
        boolean hasInsight = AeInsightView.applies(config);
        insight.setVisible(hasInsight);
        insight.setManaged(hasInsight);
        if (hasInsight) {
            insight.prepare(config);
        }
        priorCoverage.setVisible(generative);
        priorCoverage.setManaged(generative);
        priorCoverage.idle(generative);
    }

    /** Shows the probe of what pretraining buys (labelled images only), with its latest result or none. */
    void showProbe(boolean shown, PretrainingProbe.Result result) {
        probe.setVisible(shown);
        probe.setManaged(shown);
        probe.show(result);
    }

    private void showSide(boolean shown) {
        priorBox.setVisible(shown);
        priorBox.setManaged(shown);
    }

    @Override
    public void restarted(List<String> names) {
        charts.restarted(names);
        showSide(generative);
    }

    @Override
    public void metrics(List<MetricPoint> points) {
        charts.add(points);
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
        show(preview, reconHolder, reconstructions, reconstructedPoints);
    }

    @Override
    public Preview lastPreview() {
        return lastPreview;
    }

    @Override
    public void sidePreview(Preview preview) {
        show(preview, priorHolder, priorImages, priorPoints);
        showSide(true);
    }

    private static void show(Preview preview, StackPane holder, SampleImageView images, PointCloudView points) {
        Region view = preview instanceof ImageGrid ? images : points;
        if (holder.getChildren().get(0) != view) {
            holder.getChildren().setAll(view);
        }
        if (preview instanceof ImageGrid grid) {
            images.show(grid);
        } else if (preview instanceof PointCloud cloud) {
            points.show(cloud);
        }
    }

    void report(AeReport report, AeConfig config) {
        insight.show(report, config);
        if (report.priorCoverage() != null) {
            priorCoverage.show(report.priorCoverage());
        }
    }

    public SampleImageView reconstructions() {
        return reconstructions;
    }

    public TrainingChart lossChart() {
        return charts.first();
    }
}
