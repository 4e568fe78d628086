package org.generativa.ui.widgets;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.generativa.ui.common.I18n;

/** Explanations that appear on hover: one or two sentences, wrapped, shown soon and long enough to read. */
public final class Tips {

    private static final double WIDTH_EM = 28;

    private Tips() {}

    /** A tooltip with the text of {@code key}. */
    public static Tooltip of(String key) {
        return text(I18n.get(key));
    }

    public static Tooltip text(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(WIDTH_EM * 13);
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.getStyleClass().add("explanation");
        return tooltip;
    }

    /** Gives {@code control} the explanation {@code key}; returns it for chaining. */
    public static <T extends Control> T explain(T control, String key) {
        control.setTooltip(of(key));
        return control;
    }

    /**
     * Explains a choice box: what the choice is about, then what the chosen item does (the item's key, when it
     * has one), kept up to date as the choice changes.
     */
    public static <T> void explainChoice(ComboBox<T> combo, String key, Function<T, String> itemKey) {
        Tooltip tooltip = of(key);
        combo.setTooltip(tooltip);
        combo.valueProperty().subscribe(value -> {
            String item = value == null ? null : itemKey.apply(value);
            tooltip.setText(item != null && I18n.has(item) ? I18n.get(key) + "\n\n" + I18n.get(item) : I18n.get(key));
        });
    }
}
