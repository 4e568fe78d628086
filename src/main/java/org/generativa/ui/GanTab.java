package org.generativa.ui;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import org.generativa.gan.ClassCoverage;
import org.generativa.train.MetricPoint;
import org.generativa.train.Preview;
import org.generativa.train.Report;

/** The GANs tab: settings on the left, the live view beside them. */
final class GanTab extends Tab implements FamilyTabModel.FrameListener {

    private final GanTabViewModel model;
    private final GanLiveView live;
    private final FramePump pump;

    GanTab(GanTabViewModel model, Appearance appearance, Preferences preferences) {
        super(I18n.get("tab.gan"));
        this.model = model;
        setClosable(false);
        setId("gan-tab");
        live = new GanLiveView(appearance.darkProperty(), model::measureQuality);
        live.coverage().idle(model.qualityApplies());
        model.qualityAppliesProperty().addListener((o, a, b) -> {
            if (!model.qualityEnabledProperty().get() || !b) {
                live.coverage().idle(b);
            }
        });
        BorderPane content = new BorderPane();
        content.setLeft(new GanSettingsPanel(model, appearance, preferences));
        content.setCenter(live);
        setContent(content);
        model.setFrameListener(this);
        pump = new FramePump(model::pump, live::flushCharts);
        pump.start();
    }

    @Override
    public void restarted(List<String> names) {
        live.restarted(names);
    }

    @Override
    public void metrics(List<MetricPoint> points) {
        live.metrics(points);
    }

    @Override
    public void preview(Preview preview) {
        live.preview(preview);
    }

    @Override
    public void report(Report report) {
        if (report instanceof ClassCoverage coverage) {
            live.coverage().show(coverage);
        }
    }

    Preview lastPreview() {
        return live.lastPreview();
    }

    LiveChart lossChart() {
        return live.lossChart();
    }

    SampleImageView sampleImage() {
        return live.sampleImage();
    }

    GanLiveView live() {
        return live;
    }

    void stopPump() {
        pump.stop();
    }
}
