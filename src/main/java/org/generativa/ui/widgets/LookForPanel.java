package org.generativa.ui.widgets;

import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.generativa.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A tab's short "What to look for", which the user can fold away; folded or not is remembered per tab. The paragraph
 * wraps to the width it is given and always shows whole.
 */
public final class LookForPanel extends VBox {

    private final BooleanProperty open = new SimpleBooleanProperty();

    /**
     * @param textKey the paragraph's key
     * @param preferences where the folded state is kept
     */
    public static LookForPanel of(String textKey, Preferences preferences) {
        return new LookForPanel(textKey, preferences);
    }

    private LookForPanel(String textKey, Preferences preferences) {
        setId("look-" + textKey.substring(textKey.indexOf('.') + 1));
        getStyleClass().add("look-for");
        Label text = new Label(I18n.get(textKey));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("look-for-text");
        text.visibleProperty().bind(open);
        text.managedProperty().bind(open);
        Button header = new Button(I18n.get("look.title"));
        header.getStyleClass().addAll("flat", "look-for-header");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setOnAction(e -> open.set(!open.get()));
        String key = textKey + ".open";
        open.set(preferences.getBoolean(key, true));
        open.subscribe(b -> {
            preferences.putBoolean(key, b);
            header.setGraphic(new FontIcon(b ? "mdi2c-chevron-down" : "mdi2c-chevron-right"));
            header.setTooltip(Tips.of(b ? "look.fold.tooltip" : "look.unfold.tooltip"));
        });
        getChildren().addAll(header, text);
    }

    public BooleanProperty openProperty() {
        return open;
    }
}
