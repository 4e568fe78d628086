package org.generativa.ui.family;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import java.util.Optional;
import org.generativa.preview.Preview;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.SavableRun;
import org.generativa.ui.common.TrainingControls;
import org.generativa.ui.common.WorkspaceTab;
import org.generativa.ui.widgets.FramePump;

/** A model family's tab: its settings column beside its live view, fed by its model at up to 30 frames a second. */
public abstract class FamilyTab extends Tab implements FamilyTabModel.FrameListener, WorkspaceTab {

    private FramePump pump;
    private FamilyTabModel<?> model;

    protected FamilyTab(String titleKey, String id) {
        super(I18n.get(titleKey));
        setClosable(false);
        setId(id);
    }

    /** Lays the tab out and starts its frame pump; subclasses call it once their views exist. */
    protected final void start(FamilyTabModel<?> model, Node settings, Node live, Runnable redrawCharts) {
        BorderPane content = new BorderPane();
        content.setLeft(settings);
        content.setCenter(live);
        setContent(content);
        this.model = model;
        model.setFrameListener(this);
        pump = new FramePump(model::pump, redrawCharts);
        pump.start();
    }

    /** The newest samples the live view shows, or null before the first. */
    public abstract Preview lastPreview();

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
        return true;
    }
}
