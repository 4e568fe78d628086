package org.generativa.ui.family;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.util.Subscription;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import org.generativa.preview.Preview;
import org.generativa.train.MetricPoint;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.SavableRun;
import org.generativa.ui.common.TrainingControls;
import org.generativa.ui.common.WorkspaceTab;
import org.generativa.ui.widgets.FramePump;

/** A model family's tab: its settings column beside its live view, fed by its model at up to 30 frames a second. */
public abstract class FamilyTab extends Tab implements FamilyTabModel.FrameListener, WorkspaceTab {

    private FramePump pump;
    private FamilyTabModel<?> model;
    private FamilyLiveView live;
    private Subscription pinned;

    protected FamilyTab(String titleKey, String id) {
        super(I18n.get(titleKey));
        setClosable(false);
        setId(id);
    }

    /** Lays the tab out and starts its frame pump; subclasses call it once their views exist. */
    protected final <V extends Node & FamilyLiveView> void start(FamilyTabModel<?> model, Node settings, V live) {
        BorderPane content = new BorderPane();
        content.setLeft(settings);
        content.setCenter(live);
        setContent(content);
        this.model = model;
        this.live = live;
        model.setFrameListener(this);
        pinned = model.pinnedProperty().subscribe(live::showPinned);
        pump = new FramePump(model::pump, live::flushCharts);
        pump.start();
    }

    @Override
    public void restarted(List<String> metricNames) {
        live.restarted(metricNames);
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
    public void sidePreview(Preview preview) {
        live.sidePreview(preview);
    }

    /** The newest samples the live view shows, or null before the first. */
    public Preview lastPreview() {
        return live.lastPreview();
    }

    @Override
    public Optional<TrainingControls> trainingControls() {
        return Optional.of(model);
    }

    @Override
    public Optional<Preview> samples() {
        return Optional.ofNullable(lastPreview());
    }

    @Override
    public Optional<SavableRun> run() {
        return Optional.of(model);
    }

    /** Stops the frame pump; the window stops the training session. */
    @Override
    public boolean stop() {
        pump.stop();
        pinned.unsubscribe();
        return true;
    }
}
