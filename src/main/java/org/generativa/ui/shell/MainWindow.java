package org.generativa.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.generativa.exercise.Exercise;
import org.generativa.family.ModelFamily;
import org.generativa.preview.Preview;
import org.generativa.preview.PreviewPng;
import org.generativa.run.ModelFamilies;
import org.generativa.train.EngineState;
import org.generativa.train.SessionStatus;
import org.generativa.train.StepKind;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.ProblemAlert;
import org.generativa.ui.common.Icons;
import org.generativa.ui.common.Language;
import org.generativa.ui.common.UserFolders;
import org.generativa.ui.common.WorkspaceTab;
import org.generativa.ui.exercise.ExercisePanel;
import org.generativa.ui.exercise.HandInDialog;
import org.generativa.ui.exercise.ExercisePanelViewModel;
import org.generativa.ui.family.FamilyTab;
import org.generativa.ui.family.FamilyTabModel;
import org.generativa.ui.lab.LabTab;
import org.generativa.ui.lab.LabTabViewModel;
import org.generativa.ui.latent.LatentTab;
import org.generativa.ui.latent.LatentTabViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: menu, training toolbar, one tab per model family, the latent explorer, the lab, and the status
 * bar. The views are built from the view models, and built again when the language changes; the view models and
 * the training they drive carry on.
 */
public final class MainWindow {

    private final Stage stage;
    private final Appearance appearance;
    private final Language language;
    private final List<FamilyTabSlot> families;
    private final LatentTabViewModel latent;
    private final LabTabViewModel lab;
    private final RunFileActions runFiles;
    private final ActiveTraining training = new ActiveTraining();
    private final BorderPane root = new BorderPane();
    private final Map<Tab, WorkspaceTab> workspaces = new LinkedHashMap<>();
    private final Map<FamilyTabModel<?>, FamilyTab> familyTabs = new LinkedHashMap<>();
    private TabPane tabPane;
    private Label notice = new Label();
    private final PauseTransition noticeTimer = new PauseTransition(Duration.seconds(8));
    private LatentTab latentTab;
    private LabTab labTab;
    private PresentationMode presentation;
    private final ExercisePanelViewModel exercise = new ExercisePanelViewModel();

    MainWindow(Stage stage, List<FamilyTabSlot> families, LatentTabViewModel latent, LabTabViewModel lab,
            Appearance appearance, Language language) {
        this.stage = stage;
        this.appearance = appearance;
        this.language = language;
        this.families = List.copyOf(families);
        this.latent = latent;
        this.lab = lab;
        this.runFiles = new RunFileActions(stage, families.stream().<FamilyTabModel<?>>map(FamilyTabSlot::model).toList(),
                model -> tabPane.getSelectionModel().select(familyTabs.get(model)));
        root.setId("main-root");
        presentation = new PresentationMode(stage, root, training);
        noticeTimer.setOnFinished(e -> notice.setText(null));
        runFiles.setNotice(this::notify);
        build();
        training.activate(families.get(0).model());

        appearance.bind(root);
        if (stage.getScene() != null) {
            stage.getScene().setRoot(root);
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setScene(new Scene(root, initialWidth(screen), initialHeight(screen)));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        Icons.apply(stage);
    }

    static double initialWidth(Rectangle2D screen) {
        return Math.min(1680, screen.getWidth() * 0.95);
    }

    static double initialHeight(Rectangle2D screen) {
        return Math.min(1050, screen.getHeight() * 0.92);
    }

    /** Builds every view again in the language now chosen, on the same tab; training carries on. */
    void rebuild() {
        presentation.leave();
        int shown = tabPane.getSelectionModel().getSelectedIndex();
        stopTabs();
        build();
        exercise.retranslate();
        tabPane.getSelectionModel().select(shown);
    }

    private void build() {
        workspaces.clear();
        familyTabs.clear();
        for (FamilyTabSlot family : families) {
            FamilyTab tab = family.newView(appearance);
            familyTabs.put(family.model(), tab);
            workspaces.put(tab, tab);
        }
        latentTab = new LatentTab(latent, appearance);
        labTab = new LabTab(lab, appearance);
        workspaces.put(latentTab, latentTab);
        workspaces.put(labTab, labTab);
        tabPane = new TabPane(workspaces.keySet().toArray(Tab[]::new));
        tabPane.setId("family-tabs");
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            training.activate(workspace(b).trainingControls().orElse(training.controls()));
            training.inFrontProperty().set(workspace(b).trainingControls().isPresent());
            if (b == latentTab && latent.sourceProperty().get() == null) {
                latent.explore(families.stream().filter(f -> f.model() == training.controls()).findFirst()
                        .orElse(families.get(0)).latentSource());
            }
        });
        MainMenu menu = new MainMenu(stage, appearance, language, runFiles, training, this::selected, this::saveSamples,
                this::togglePresentation, new MainMenu.ExerciseActions(this::openExercise, this::exportReport,
                        () -> exercise.openProperty().get()));
        root.setTop(new VBox(menu.build(), toolBar()));
        root.setCenter(tabPane);
        root.setRight(new ExercisePanel(exercise, this::exportReport));
        root.setBottom(statusBar());
        stage.setTitle(I18n.get("app.title"));
    }

    /** Opens {@code chosen} in its family's tab and shows it beside the tabs. */
    void openExercise(Exercise chosen) {
        ModelFamily<?> family = ModelFamilies.ofModel(chosen.model()).orElseThrow();
        families.stream().map(FamilyTabSlot::model).filter(m -> m.family() == family).findFirst().ifPresent(model -> {
            if (exercise.open(chosen, model)) {
                tabPane.getSelectionModel().select(familyTabs.get(model));
            }
        });
    }

    /** Asks the student's name and where to write, then writes the exercise's report with its run beside it. */
    void exportReport() {
        HandInDialog.show(stage, exercise, this::notify);
    }

    /** Fills the screen with the tab's main picture, or comes back from it. */
    void togglePresentation() {
        if (presentation.active()) {
            presentation.leave();
        } else {
            selected().presentation().ifPresent(presentation::enter);
        }
    }

    boolean presenting() {
        return presentation.active();
    }

    public RunFileActions runFiles() {
        return runFiles;
    }

    private WorkspaceTab workspace(Tab tab) {
        return workspaces.get(tab);
    }

    private WorkspaceTab selected() {
        return workspace(tabPane.getSelectionModel().getSelectedItem());
    }

    /** Stops every tab's own timers; true when all stopped in time. */
    boolean stopTabs() {
        boolean stopped = true;
        for (WorkspaceTab tab : workspaces.values()) {
            stopped &= tab.stop();
        }
        return stopped;
    }

    /** The tab of the family whose tab is of {@code type}. */
    public <T extends FamilyTab> T familyTab(Class<T> type) {
        return familyTabs.values().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The view model of the family tab whose view model is of {@code type}. */
    /** The exercise panel's view model. */
    public ExercisePanelViewModel exerciseModel() {
        return exercise;
    }

    public <M extends FamilyTabModel<?>> M familyModel(Class<M> type) {
        return families.stream().map(FamilyTabSlot::model).filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The title of the tab of {@code model}, as the window shows it now. */
    String tabTitleOf(FamilyTabModel<?> model) {
        return familyTabs.get(model).getText();
    }

    public LatentTab latentTab() {
        return latentTab;
    }

    public LabTab labTab() {
        return labTab;
    }

    private ToolBar toolBar() {
        Button play = new Button();
        play.setId("play-button");
        play.setOnAction(e -> training.togglePlay());
        play.textProperty().bind(Bindings.when(training.playingProperty())
                .then(I18n.get("toolbar.pause")).otherwise(I18n.get("toolbar.play")));
        play.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(training.playingProperty().get() ? "mdi2p-pause" : "mdi2p-play"), training.playingProperty()));
        play.setTooltip(new Tooltip(I18n.get("toolbar.play.tooltip")));
        play.setMinWidth(Region.USE_PREF_SIZE);

        MenuItem stepD = new MenuItem(I18n.get("toolbar.step.d"));
        stepD.setId("step-d");
        stepD.setOnAction(e -> training.step(StepKind.D_ONLY));
        MenuItem stepG = new MenuItem(I18n.get("toolbar.step.g"));
        stepG.setId("step-g");
        stepG.setOnAction(e -> training.step(StepKind.G_ONLY));
        stepD.visibleProperty().bind(training.adversarialProperty());
        stepG.visibleProperty().bind(training.adversarialProperty());
        SplitMenuButton step = new SplitMenuButton(stepD, stepG);
        step.setId("step-button");
        step.setText(I18n.get("toolbar.step"));
        step.setGraphic(new FontIcon("mdi2s-step-forward"));
        step.setOnAction(e -> training.step(StepKind.BOTH));
        step.setTooltip(new Tooltip(I18n.get("toolbar.step.tooltip")));

        Button reset = new Button(I18n.get("toolbar.reset"), new FontIcon("mdi2r-restore"));
        reset.setId("reset-button");
        reset.setOnAction(e -> training.reset());
        reset.setTooltip(new Tooltip(I18n.get("toolbar.reset.tooltip")));

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button zoomOut = new Button(null, new FontIcon("mdi2m-magnify-minus-outline"));
        zoomOut.setOnAction(e -> appearance.zoomOut());
        zoomOut.setTooltip(new Tooltip(I18n.get("menu.view.zoomOut")));
        Button zoomIn = new Button(null, new FontIcon("mdi2m-magnify-plus-outline"));
        zoomIn.setOnAction(e -> appearance.zoomIn());
        zoomIn.setTooltip(new Tooltip(I18n.get("menu.view.zoomIn")));
        Label zoom = new Label();
        zoom.textProperty().bind(appearance.zoomProperty().asString().map(z -> I18n.format("toolbar.zoom", z)));
        for (Node control : new Node[] {play, step, reset}) {
            control.visibleProperty().bind(training.inFrontProperty());
            control.managedProperty().bind(training.inFrontProperty());
        }
        ToolBar bar = new ToolBar(play, step, reset, spacer, zoomOut, zoom, zoomIn);
        bar.setId("main-toolbar");
        return bar;
    }

    /** Shows a short confirmation in the status bar (a file was written, say) for a few seconds. */
    void notify(String text) {
        notice.setText(text);
        noticeTimer.playFromStart();
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        notice = new Label();
        bar.setId("status-bar");
        Label stepLabel = new Label();
        stepLabel.setId("status-step");
        Label rateLabel = new Label();
        rateLabel.setId("status-rate");
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        bar.getRightItems().addAll(notice, stepLabel, rateLabel);
        bar.textProperty().bind(training.statusProperty().map(MainWindow::describe).orElse(""));
        bar.progressProperty().bind(training.statusProperty().map(SessionStatus::progress).orElse(0.0));
        NumberFormat number = NumberFormat.getIntegerInstance(I18n.locale());
        stepLabel.textProperty().bind(training.statusProperty()
                .map(s -> I18n.format("status.step", number.format(s.step()))).orElse(""));
        rateLabel.textProperty().bind(training.statusProperty().map(MainWindow::rate).orElse(""));
        return bar;
    }

    /** Steps a second, or seconds a step below one a second, so a slow model never looks stopped. */
    static String rate(SessionStatus status) {
        double perSecond = status.stepsPerSecond();
        if (status.state() == EngineState.TRAINING && perSecond == 0) {
            return I18n.get("status.rate.measuring");
        }
        if (perSecond > 0 && perSecond < 1) {
            return I18n.format("status.secondsPerStep", String.format(I18n.locale(), "%.1f", 1 / perSecond));
        }
        return I18n.format("status.rate", NumberFormat.getIntegerInstance(I18n.locale()).format(Math.round(perSecond)));
    }

    private static String describe(SessionStatus status) {
        String text = status.task() != null ? status.task() + "…" : I18n.get("status." + status.state().name());
        return status.message() == null ? text : text + " — " + I18n.of(status.message());
    }

    /** What File › Save Samples writes now: the samples of the tab in front, never another tab's. */
    Optional<Preview> samplesToSave() {
        return selected().samples();
    }

    /** Writes what the tab in front shows (its samples, the explorer's decoded picture) as a PNG. */
    private void saveSamples() {
        Preview preview = samplesToSave().orElse(null);
        if (preview == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialDirectory(UserFolders.saves().toFile());
        chooser.setInitialFileName("samples.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        try {
            PreviewPng.write(preview, path);
            notify(I18n.format("file.saved", path.getFileName(), path.getParent()));
        } catch (IOException e) {
            ProblemAlert.show(stage, I18n.format("save.failed", path, I18n.error(e)));
        }
    }
}
