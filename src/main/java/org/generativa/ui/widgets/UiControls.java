package org.generativa.ui.widgets;

import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

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

    /** A labelled slider for how strongly the training charts smooth their lines, from none to strong. */
    public static Node smoothingSlider(DoubleProperty smoothing) {
        Slider slider = new Slider(0, Appearance.MAX_SMOOTHING, smoothing.get());
        slider.valueProperty().bindBidirectional(smoothing);
        slider.setId("chart-smoothing");
        slider.setPrefWidth(90);
        slider.setMinWidth(60);
        Label label = new Label(I18n.get("chart.smoothing"), slider);
        label.setContentDisplay(ContentDisplay.RIGHT);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = Tips.of("chart.smoothing.tooltip");
        label.setTooltip(tip);
        slider.setTooltip(tip);
        return label;
    }

    /** A panel's title above its content, wrapped onto more lines when the panel is narrow. */
    public static Label wrappingTitle(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("panel-title");
        return label;
    }

    /**
     * Fills the space it is given with {@code content}, and scrolls instead of squeezing it below its minimum size
     * (set in em in the stylesheet, so that it grows with the zoom).
     */
    public static ScrollPane scrollingWhenSmall(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("scrolling-when-small");
        return scroll;
    }

    /** A panel's title, never shortened (for a row that has room for it). */
    public static Label title(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("panel-title");
        return label;
    }

    /**
     * A sentence the class must not miss, in full: wrapped, after an alert icon, and there only while {@code text} says
     * something.
     */
    public static Label alert(String id, String styleClass, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setGraphic(new FontIcon("mdi2a-alert-outline"));
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
