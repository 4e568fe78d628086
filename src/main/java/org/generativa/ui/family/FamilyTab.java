package org.generativa.ui.family;

import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.generativa.preview.Preview;
import org.generativa.train.MetricPoint;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.Presentation;
import org.generativa.ui.common.SavableRun;
import org.generativa.ui.common.TrainingControls;
import org.generativa.ui.common.WorkspaceTab;
import org.generativa.ui.widgets.FramePump;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;

/** A model family's tab: its settings column beside its live view, fed by its model at up to 30 frames a second. */
public abstract class FamilyTab extends Tab implements FamilyTabModel.FrameListener, WorkspaceTab {

    private FramePump pump;
    private FamilyTabModel<?> model;
    private FamilyLiveView live;
    private Subscription pinned;
    private final StringProperty numbers = new SimpleStringProperty("");
    private List<String> metricNames = List.of();

    protected FamilyTab(String titleKey, String id) {
        super(I18n.get(titleKey));
        setTooltip(Tips.of(titleKey + ".tooltip"));
        setClosable(false);
        setId(id);
    }

    /** Lays the tab out and starts its frame pump; subclasses call it once their views exist. */
    protected final <V extends Node & FamilyLiveView> void start(FamilyTabModel<?> model, Node settings, V live, Node lookFor) {
        BorderPane content = new BorderPane();
        content.setLeft(settings);
        VBox.setVgrow(live, Priority.ALWAYS);
        // Why training stopped by itself, above the view: the status bar has room for the first words only.
        VBox centre = new VBox(UiControls.alert("training-problem", "training-problem", model.problemProperty()), lookFor,
                live);
        centre.getStyleClass().add("family-centre");
        content.setCenter(UiControls.scrollingWhenSmall(centre));
        setContent(content);
        this.model = model;
        this.live = live;
        model.setDiscardGuard(this::askToDiscard);
        model.setFrameListener(this);
        pinned = model.pinnedProperty().subscribe(live::showPinned);
        pump = new FramePump(model::pump, live::flushCharts);
        pump.start();
    }

    /** Asks whether a trained run may go: discard it, keep it pinned to compare with, or cancel the change. */
    private DiscardGuard.Answer askToDiscard(long steps) {
        ButtonType discard = new ButtonType(I18n.get("discard.discard"), ButtonBar.ButtonData.OK_DONE);
        ButtonType pin = new ButtonType(I18n.get("discard.pin"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.format("discard.text",
                NumberFormat.getIntegerInstance(I18n.locale()).format(steps)), discard, pin, ButtonType.CANCEL);
        alert.setTitle(I18n.get("discard.title"));
        alert.setHeaderText(I18n.get("discard.title"));
        if (getTabPane() != null && getTabPane().getScene() != null) {
            alert.initOwner(getTabPane().getScene().getWindow());
        }
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == discard ? DiscardGuard.Answer.DISCARD
                : chosen == pin ? DiscardGuard.Answer.PIN_AND_DISCARD : DiscardGuard.Answer.CANCEL;
    }

    @Override
    public void restarted(List<String> metricNames) {
        this.metricNames = metricNames;
        live.restarted(metricNames);
    }

    @Override
    public void metrics(List<MetricPoint> points) {
        live.metrics(points);
        if (!points.isEmpty()) {
            numbers.set(keyNumbers(points.get(points.size() - 1)));
        }
    }

    /** The metrics presentation mode shows in large type, by name, where a run reports them. */
    protected abstract List<String> keyMetrics();

    private String keyNumbers(MetricPoint point) {
        StringBuilder line = new StringBuilder(I18n.format("presentation.step",
                NumberFormat.getIntegerInstance(I18n.locale()).format(point.step())));
        for (String metric : keyMetrics()) {
            int column = metricNames.indexOf(metric);
            if (column >= 0 && !Double.isNaN(point.values()[column])) {
                line.append("  ·  ").append(I18n.get("metric." + metric)).append(' ')
                        .append(String.format(I18n.locale(), "%.3g", point.values()[column]));
            }
        }
        return line.toString();
    }

    @Override
    public Optional<Presentation> presentation() {
        return Optional.of(live.presentation(numbers));
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
