package org.generativa.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.generativa.train.StepKind;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.Presentation;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * View › Presentation (F11): the tab's main picture fills the screen with its key numbers in large type above it and
 * Play and Step below; Space plays or pauses, the right arrow steps, Esc or F11 comes back to the window as it was.
 */
final class PresentationMode {

    private final Stage stage;
    private final BorderPane root;
    private final ActiveTraining training;
    private final EventHandler<KeyEvent> keys = this::key;
    private final ChangeListener<Boolean> fullScreenLeft = (o, was, now) -> {
        if (!now) {
            leave();
        }
    };
    private Presentation shown;
    private Node[] saved;

    PresentationMode(Stage stage, BorderPane root, ActiveTraining training) {
        this.stage = stage;
        this.root = root;
        this.training = training;
    }

    boolean active() {
        return shown != null;
    }

    void enter(Presentation presentation) {
        if (shown != null) {
            return;
        }
        shown = presentation;
        saved = new Node[] {root.getTop(), root.getCenter(), root.getBottom()};
        Label numbers = new Label();
        numbers.setId("presentation-numbers");
        numbers.getStyleClass().add("presentation-numbers");
        numbers.setWrapText(true);
        numbers.textProperty().bind(presentation.numbers());
        StackPane picture = new StackPane(presentation.enter());
        picture.setId("presentation-picture");
        picture.getStyleClass().add("presentation-picture");
        root.setTop(numbers);
        root.setCenter(picture);
        root.setBottom(controls());
        BorderPane.setMargin(numbers, new Insets(12, 24, 4, 24));
        root.getStyleClass().add("presenting");
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        stage.setFullScreenExitHint(I18n.get("presentation.hint"));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(fullScreenLeft);
    }

    void leave() {
        if (shown == null) {
            return;
        }
        stage.fullScreenProperty().removeListener(fullScreenLeft);
        root.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        root.getStyleClass().remove("presenting");
        root.setCenter(null);
        shown.leave();
        shown = null;
        root.setTop(saved[0]);
        root.setCenter(saved[1]);
        root.setBottom(saved[2]);
        saved = null;
        stage.setFullScreen(false);
    }

    private FlowPane controls() {
        Button play = new Button();
        play.setId("presentation-play");
        play.getStyleClass().add("accent");
        play.textProperty().bind(training.playingProperty().map(p -> I18n.get(p ? "toolbar.pause" : "toolbar.play")));
        play.graphicProperty().bind(training.playingProperty().map(p -> new FontIcon(p ? "mdi2p-pause" : "mdi2p-play")));
        play.setOnAction(e -> training.togglePlay());
        Button step = new Button(I18n.get("toolbar.step"), new FontIcon("mdi2s-step-forward"));
        step.setId("presentation-step");
        step.setOnAction(e -> training.step(StepKind.BOTH));
        Button back = new Button(I18n.get("presentation.leave"), new FontIcon("mdi2f-fullscreen-exit"));
        back.setId("presentation-leave");
        back.setOnAction(e -> leave());
        for (Button control : new Button[] {play, step}) {
            control.visibleProperty().bind(training.inFrontProperty());
            control.managedProperty().bind(training.inFrontProperty());
        }
        Label hint = new Label(I18n.get("presentation.hint"));
        hint.getStyleClass().add("hint");
        FlowPane bar = new FlowPane(12, 6, play, step, back, hint);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(8, 16, 12, 16));
        bar.getStyleClass().add("presentation-controls");
        return bar;
    }

    private void key(KeyEvent e) {
        boolean trains = training.inFrontProperty().get();
        if (e.getCode() == KeyCode.SPACE && trains) {
            training.togglePlay();
        } else if (e.getCode() == KeyCode.RIGHT && trains) {
            training.step(StepKind.BOTH);
        } else if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11) {
            leave();
        } else {
            return;
        }
        e.consume();
    }
}
