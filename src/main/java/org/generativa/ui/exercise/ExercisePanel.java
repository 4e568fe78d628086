package org.generativa.ui.exercise;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.generativa.ui.common.I18n;
import org.generativa.ui.widgets.Tips;
import org.generativa.ui.widgets.UiControls;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The exercise beside the tabs: its title and introduction, the current step with what ticks it off, the step's
 * question (choices or a free answer), Next for steps without a check, Hand in and Close, scrolling when the window is
 * short. Hidden while no exercise is open.
 */
public final class ExercisePanel extends ScrollPane {

    private final VBox answers = new VBox(6);

    /** @param handIn asks the student's name and where to write, then hands the exercise in */
    public ExercisePanel(ExercisePanelViewModel model, Runnable handIn) {
        VBox content = new VBox(10);
        content.setPadding(new Insets(12));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setId("exercise-panel");
        getStyleClass().add("exercise-panel");
        setPrefWidth(330);
        setMinWidth(270);
        Label title = UiControls.wrappingTitle("");
        title.textProperty().bind(model.titleProperty());
        Label intro = wrapping("hint");
        intro.textProperty().bind(model.introProperty());
        Label notice = wrapping("notice");
        notice.setId("exercise-data-notice");
        notice.textProperty().bind(model.dataNoticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        Label header = UiControls.wrappingTitle("");
        header.setId("exercise-step-header");
        header.textProperty().bind(model.stepHeaderProperty());
        Label step = wrapping(null);
        step.setId("exercise-step-text");
        step.textProperty().bind(model.stepTextProperty());
        Label check = wrapping("hint");
        check.setId("exercise-check");
        check.textProperty().bind(model.checkTextProperty());
        Label now = wrapping(null);
        now.setId("exercise-now");
        now.textProperty().bind(model.nowTextProperty());
        now.managedProperty().bind(now.textProperty().isNotEmpty());
        Label changes = wrapping("hint");
        changes.setId("exercise-changes");
        changes.textProperty().bind(model.changesTextProperty());
        changes.managedProperty().bind(changes.textProperty().isNotEmpty());
        Button apply = new Button(I18n.get("exercise.apply"), new FontIcon("mdi2r-restart"));
        apply.setId("exercise-apply");
        apply.setOnAction(e -> model.applyStepSettings());
        apply.setTooltip(Tips.of("exercise.apply.tooltip"));
        apply.disableProperty().bind(model.canApplyProperty().not());
        apply.visibleProperty().bind(model.changesTextProperty().isNotEmpty());
        apply.managedProperty().bind(apply.visibleProperty());
        Label question = wrapping(null);
        question.setId("exercise-question");
        question.textProperty().bind(model.questionTextProperty());
        question.managedProperty().bind(question.textProperty().isNotEmpty());
        Button next = new Button(I18n.get("exercise.next"), new FontIcon("mdi2a-arrow-right"));
        next.setId("exercise-next");
        next.disableProperty().bind(model.canMoveOnProperty().not());
        next.setOnAction(e -> model.moveOn());
        next.setTooltip(Tips.of("exercise.next.tooltip"));
        Button close = new Button(I18n.get("exercise.close"), new FontIcon("mdi2c-close"));
        close.setId("exercise-close");
        close.setOnAction(e -> model.close());
        close.setTooltip(Tips.of("exercise.close.tooltip"));
        Button report = new Button(I18n.get("exercise.handIn"), new FontIcon("mdi2f-file-send-outline"));
        report.setId("exercise-hand-in");
        report.setOnAction(e -> handIn.run());
        report.setTooltip(Tips.of("exercise.handIn.tooltip"));
        HBox buttons = new HBox(8, next, report);
        content.getChildren().addAll(title, intro, notice, header, step, changes, apply, check, now, question, answers, buttons, close);
        model.questionTextProperty().subscribe(text -> showAnswers(model));
        visibleProperty().bind(model.openProperty());
        managedProperty().bind(model.openProperty());
    }

    private void showAnswers(ExercisePanelViewModel model) {
        answers.getChildren().clear();
        if (model.questionTextProperty().get().isEmpty()) {
            return;
        }
        if (model.choices().isEmpty()) {
            TextArea free = new TextArea();
            free.setId("exercise-free-answer");
            free.setPromptText(I18n.get("exercise.answer.prompt"));
            free.setWrapText(true);
            free.setPrefRowCount(3);
            free.textProperty().addListener((o, a, b) -> model.answer(b));
            free.setTooltip(Tips.of("exercise.answer.tooltip"));
            answers.getChildren().add(free);
            return;
        }
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < model.choices().size(); i++) {
            RadioButton choice = new RadioButton(model.choices().get(i));
            choice.setId("exercise-choice-" + i);
            choice.setWrapText(true);
            choice.setToggleGroup(group);
            String number = String.valueOf(i);
            choice.setOnAction(e -> model.answer(number));
            choice.setTooltip(Tips.of("exercise.answer.tooltip"));
            answers.getChildren().add(choice);
        }
    }

    private static Label wrapping(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
