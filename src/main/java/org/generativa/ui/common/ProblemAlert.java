package org.generativa.ui.common;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** One sentence saying what went wrong, in an error dialog over {@code owner}: the app's one way to show a problem. */
public final class ProblemAlert {

    private ProblemAlert() {}

    public static void show(Window owner, String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(I18n.get("error.title"));
        alert.setHeaderText(null);
        alert.show();
    }
}
