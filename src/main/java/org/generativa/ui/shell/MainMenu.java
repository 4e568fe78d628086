package org.generativa.ui.shell;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.generativa.common.InvalidInputException;
import org.generativa.exercise.BuiltInExercises;
import org.generativa.exercise.Exercise;
import org.generativa.exercise.ExerciseReader;
import org.generativa.train.StepKind;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.ProblemAlert;
import org.generativa.ui.common.Language;
import org.generativa.ui.common.WorkspaceTab;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's menu bar: File, View (zoom, theme, language), Train and Help. */
final class MainMenu {

    private final Stage stage;
    private final Appearance appearance;
    private final Language language;
    private final RunFileActions runFiles;
    private final ActiveTraining training;
    private final Supplier<WorkspaceTab> selected;
    private final Runnable saveSamples;
    private final Runnable togglePresentation;
    private final Consumer<Exercise> openExercise;
    private final Runnable exportReport;
    private final BooleanSupplier exerciseOpen;

    /**
     * @param open opens an exercise beside the tabs
     * @param exportReport File › Export Report…
     * @param isOpen whether an exercise is open (there is something to report)
     */
    record ExerciseActions(Consumer<Exercise> open, Runnable exportReport, BooleanSupplier isOpen) {}

    MainMenu(Stage stage, Appearance appearance, Language language, RunFileActions runFiles, ActiveTraining training,
            Supplier<WorkspaceTab> selected, Runnable saveSamples, Runnable togglePresentation, ExerciseActions exercises) {
        this.stage = stage;
        this.appearance = appearance;
        this.language = language;
        this.runFiles = runFiles;
        this.training = training;
        this.selected = selected;
        this.saveSamples = saveSamples;
        this.togglePresentation = togglePresentation;
        this.openExercise = exercises.open();
        this.exportReport = exercises.exportReport();
        this.exerciseOpen = exercises.isOpen();
    }

    MenuBar build() {
        return new MenuBar(file(), view(), train(), help());
    }

    private Menu file() {
        MenuItem openRun = item("menu.file.openRun", "mdi2f-folder-open-outline", "Shortcut+O", runFiles::open);
        openRun.setId("menu-open-run");
        MenuItem saveRun = item("menu.file.saveRun", "mdi2c-content-save-all-outline", "Shortcut+Shift+S",
                () -> selected.get().run().ifPresent(runFiles::save));
        saveRun.setId("menu-save-run");
        MenuItem save = item("menu.file.saveSamples", "mdi2c-content-save-outline", "Shortcut+S", saveSamples);
        MenuItem quit = item("menu.file.quit", null, "Shortcut+Q",
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        MenuItem report = item("menu.file.exportReport", "mdi2f-file-send-outline", null, exportReport);
        report.setId("menu-export-report");
        Menu file = new Menu(I18n.get("menu.file"), null, openRun, saveRun, new SeparatorMenuItem(), save,
                new SeparatorMenuItem(), exercises(), report, new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> {
            saveRun.setDisable(selected.get().run().isEmpty());
            saveRun.setText(I18n.get(saveRun.isDisable() ? "menu.file.saveRun.none" : "menu.file.saveRun"));
            save.setDisable(selected.get().samples().isEmpty());
            report.setDisable(!exerciseOpen.getAsBoolean());
            report.setText(I18n.get(report.isDisable() ? "menu.file.exportReport.none" : "menu.file.exportReport"));
        });
        return file;
    }

    /**
     * The built-in exercises, then an exercise file of one's own. The built-in ones are read and checked when the
     * menu first opens, not while the window is built.
     */
    private Menu exercises() {
        Menu menu = new Menu(I18n.get("menu.file.exercises"), new FontIcon("mdi2s-school-outline"));
        menu.setId("menu-exercises");
        menu.getItems().addAll(new SeparatorMenuItem(), item("menu.file.openExercise", "mdi2f-file-document-outline", null,
                this::openExerciseFile));
        boolean[] filled = {false};
        menu.setOnShowing(e -> {
            if (filled[0]) {
                return;
            }
            filled[0] = true;
            String language = I18n.locale().getLanguage();
            List<MenuItem> builtIns = new ArrayList<>();
            String tab = null;
            for (Exercise builtIn : BuiltInExercises.all()) {
                if (tab != null && !tab.equals(builtIn.tab())) {
                    builtIns.add(new SeparatorMenuItem());
                }
                tab = builtIn.tab();
                MenuItem item = new MenuItem(Exercise.in(builtIn.title(), language));
                item.setId("menu-exercise-" + builtIn.id());
                item.setOnAction(a -> openExercise.accept(builtIn));
                builtIns.add(item);
            }
            menu.getItems().addAll(0, builtIns);
        });
        return menu;
    }

    private void openExerciseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("menu.file.openExercise"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen == null) {
            return;
        }
        try {
            openExercise.accept(ExerciseReader.readFile(chosen.toPath()));
        } catch (InvalidInputException e) {
            ProblemAlert.show(stage, I18n.error(e));
        }
    }

    private Menu view() {
        MenuItem zoomIn = item("menu.view.zoomIn", "mdi2m-magnify-plus-outline", null, appearance::zoomIn);
        // Ctrl and "+": the + of a US keyboard is Shift and =, so Shift may be down or not.
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY));
        MenuItem zoomInKeypad = hidden("menu.view.zoomIn", new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                appearance::zoomIn);
        MenuItem zoomInPlus = hidden("menu.view.zoomIn", new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_ANY), appearance::zoomIn);
        MenuItem zoomOut = item("menu.view.zoomOut", "mdi2m-magnify-minus-outline", "Shortcut+Minus", appearance::zoomOut);
        MenuItem zoomOutKeypad = hidden("menu.view.zoomOut", new KeyCodeCombination(KeyCode.SUBTRACT,
                KeyCombination.SHORTCUT_DOWN), appearance::zoomOut);
        MenuItem zoomReset = item("menu.view.zoomReset", null, "Shortcut+0", appearance::zoomReset);
        MenuItem present = item("menu.view.presentation", "mdi2p-presentation", "F11", togglePresentation);
        present.setId("menu-presentation");
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(I18n.get("menu.view.theme.light"));
        RadioMenuItem dark = new RadioMenuItem(I18n.get("menu.view.theme.dark"));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        dark.setSelected(appearance.darkProperty().get());
        light.setSelected(!appearance.darkProperty().get());
        dark.selectedProperty().addListener((o, a, b) -> appearance.darkProperty().set(b));
        return new Menu(I18n.get("menu.view"), null, zoomIn, zoomInKeypad, zoomInPlus, zoomOut, zoomOutKeypad, zoomReset,
                new SeparatorMenuItem(), present, new SeparatorMenuItem(), light, dark, new SeparatorMenuItem(), languages());
    }

    /** One entry per language, each named in itself; a choice applies at once and is remembered. */
    private Menu languages() {
        Menu menu = new Menu(I18n.get("menu.view.language"), new FontIcon("mdi2t-translate"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale each : I18n.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(I18n.nameOf(each));
            item.setId("language-" + each.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(each.equals(I18n.locale()));
            item.setOnAction(e -> language.choose(each));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu train() {
        MenuItem play = item("toolbar.play", null, "Shortcut+Enter", training::togglePlay);
        play.textProperty().bind(Bindings.when(training.playingProperty())
                .then(I18n.get("toolbar.pause")).otherwise(I18n.get("toolbar.play")));
        MenuItem stepBoth = item("toolbar.step.both", null, "Shortcut+Period", () -> training.step(StepKind.BOTH));
        MenuItem stepD = item("toolbar.step.d", null, null, () -> training.step(StepKind.D_ONLY));
        MenuItem stepG = item("toolbar.step.g", null, null, () -> training.step(StepKind.G_ONLY));
        stepD.visibleProperty().bind(training.adversarialProperty());
        stepG.visibleProperty().bind(training.adversarialProperty());
        MenuItem reset = item("toolbar.reset", null, "Shortcut+R", training::reset);
        for (MenuItem item : List.of(play, stepBoth, stepD, stepG, reset)) {
            item.disableProperty().bind(training.inFrontProperty().not());
        }
        return new Menu(I18n.get("menu.train"), null, play, stepBoth, stepD, stepG, new SeparatorMenuItem(), reset);
    }

    private Menu help() {
        MenuItem shortcuts = item("help.shortcuts", "mdi2k-keyboard-outline", null, () -> showText("help.shortcuts"));
        shortcuts.setId("menu-shortcuts");
        MenuItem glossary = item("help.glossary", "mdi2b-book-open-variant", "F1", () -> showText("help.glossary"));
        glossary.setId("menu-glossary");
        MenuItem about = item("menu.help.about", null, null, this::showAbout);
        return new Menu(I18n.get("menu.help"), null, shortcuts, glossary, new SeparatorMenuItem(), about);
    }

    /** A window of reference text: the title is {@code key}, the text {@code key.text}. */
    private void showText(String key) {
        Label text = new Label(I18n.get(key + ".text"));
        text.setWrapText(true);
        text.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(560, 420);
        Alert dialog = new Alert(Alert.AlertType.INFORMATION);
        dialog.initOwner(stage);
        dialog.setTitle(I18n.get(key));
        dialog.setHeaderText(I18n.get(key));
        dialog.getDialogPane().setContent(scroll);
        dialog.setResizable(true);
        dialog.show();
    }

    private void showAbout() {
        String version = MainMenu.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, I18n.format("about.text", version == null ? "" : version));
        alert.initOwner(stage);
        alert.setTitle(I18n.get("menu.help.about"));
        alert.setHeaderText(I18n.get("app.title"));
        alert.showAndWait();
    }

    private static MenuItem item(String textKey, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(I18n.get(textKey), icon == null ? null : new FontIcon(icon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.valueOf(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A second key for a visible item's action (the keypad's + and -), not shown in the menu. */
    private static MenuItem hidden(String textKey, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(I18n.get(textKey));
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        item.setVisible(false);
        return item;
    }
}
