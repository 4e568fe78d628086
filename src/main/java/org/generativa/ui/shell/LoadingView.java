package org.generativa.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.generativa.ui.common.I18n;

/**
 * What the window shows in its first frame, before its views are built: the app's name and that the engine is
 * loading. Building the views and loading the engine both take a second or two; this shows at once.
 */
final class LoadingView extends StackPane {

    LoadingView() {
        setId("loading-view");
        Label title = new Label(I18n.get("app.title"));
        title.getStyleClass().add("loading-title");
        Label status = new Label(I18n.get("status.LOADING"));
        status.setId("loading-status");
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(260);
        VBox box = new VBox(14, title, status, progress);
        box.setAlignment(Pos.CENTER);
        getChildren().add(box);
    }
}
