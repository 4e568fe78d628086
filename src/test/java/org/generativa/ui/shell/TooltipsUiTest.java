package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.generativa.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Every control a user can touch, every chart and every line of a chart explains itself, in every language. */
class TooltipsUiTest extends ShellTest {

    @Start
    void start(Stage stage) throws Exception {
        openShell(stage);
    }

    @Test
    void everyControlChartAndCurveHasATooltipInEveryLanguage(FxRobot robot) throws Exception {
        List<String> missing = new ArrayList<>();
        for (Locale language : I18n.LANGUAGES) {
            robot.interact(() -> I18n.setLocale(language));
            robot.interact(() -> { });
            TabPane tabs = onFx(() -> (TabPane) shell.window().labTab().getTabPane());
            for (int i = 0; i < onFx(() -> tabs.getTabs().size()); i++) {
                int index = i;
                robot.interact(() -> tabs.getSelectionModel().select(index));
                Tab tab = onFx(() -> tabs.getTabs().get(index));
                missing.addAll(onFx(() -> lacking(tab.getContent(), language + " " + tab.getText())));
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " without a tooltip:\n" + String.join("\n", missing));
    }

    private static List<String> lacking(Node node, String where) {
        List<String> found = new ArrayList<>();
        if (node instanceof Control control && needsTip(control) && !explained(control.getTooltip())) {
            found.add(where + ": " + describe(control));
        }
        if (node instanceof Parent parent && !(node instanceof Control control && needsTip(control))) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(lacking(child, where));
            }
        }
        return found;
    }

    private static boolean needsTip(Control control) {
        if (!control.isVisible()) {
            return false;
        }
        return control instanceof ButtonBase || control instanceof ComboBoxBase<?> || control instanceof TextInputControl
                || control instanceof Slider || control instanceof Spinner<?>
                || control.getStyleClass().contains("chart-heading") || control.getStyleClass().contains("chart-key-item");
    }

    private static boolean explained(Tooltip tooltip) {
        return tooltip != null && tooltip.getText() != null && tooltip.getText().contains(" ");
    }

    private static String describe(Control control) {
        String text = control instanceof Label label ? label.getText()
                : control instanceof ButtonBase button ? button.getText() : null;
        return control.getClass().getSimpleName() + (control.getId() == null ? "" : " #" + control.getId())
                + (text == null ? "" : " \"" + text + "\"");
    }
}
