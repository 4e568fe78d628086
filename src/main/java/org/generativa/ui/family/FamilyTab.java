package org.generativa.ui.family;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.FramePump;

/** A model family's tab: its settings column beside its live view, fed by its model at up to 30 frames a second. */
public abstract class FamilyTab extends Tab implements FamilyTabModel.FrameListener {

    private FramePump pump;

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
        model.setFrameListener(this);
        pump = new FramePump(model::pump, redrawCharts);
        pump.start();
    }

    public void stopPump() {
        pump.stop();
    }
}
