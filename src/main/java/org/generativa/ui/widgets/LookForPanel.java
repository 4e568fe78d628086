package org.generativa.ui.widgets;

import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import org.generativa.ui.common.I18n;

/** A tab's short "What to look for", which the user can fold away; folded or not is remembered per tab. */
public final class LookForPanel {

    private LookForPanel() {}

    /**
     * @param textKey the paragraph's key
     * @param preferences where the folded state is kept
     */
    public static TitledPane of(String textKey, Preferences preferences) {
        Label text = new Label(I18n.get(textKey));
        text.setWrapText(true);
        text.getStyleClass().add("look-for-text");
        TitledPane pane = new TitledPane(I18n.get("look.title"), text);
        pane.setId("look-" + textKey.substring(textKey.indexOf('.') + 1));
        pane.getStyleClass().add("look-for");
        pane.setAnimated(false);
        String key = textKey + ".open";
        pane.setExpanded(preferences.getBoolean(key, true));
        pane.expandedProperty().addListener((o, a, open) -> preferences.putBoolean(key, open));
        return pane;
    }
}
