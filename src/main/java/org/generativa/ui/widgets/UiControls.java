package org.generativa.ui.widgets;

import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small builders the views share. */
public final class UiControls {

    private UiControls() {}

    /** A caption above a control, linked for keyboard navigation. */
    public static Node labelled(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }

    /** Makes a combo box show {@code text} of its items, in the list and on the button. */
    public static <T> void showAs(ComboBox<T> combo, Function<T, String> text) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }

    public static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("panel-title");
        return label;
    }
}
