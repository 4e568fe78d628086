package org.generativa.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.generativa.preview.Preview;
import org.generativa.preview.PreviewPng;
import org.generativa.train.SessionStatus;
import org.generativa.train.StepKind;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.Icons;
import org.generativa.ui.common.TrainingControls;
import org.generativa.ui.common.WorkspaceTab;
import org.generativa.ui.family.FamilyTab;
import org.generativa.ui.family.FamilyTabModel;
import org.generativa.ui.lab.LabTab;
import org.generativa.ui.lab.LabTabViewModel;
import org.generativa.ui.latent.LatentTab;
import org.generativa.ui.latent.LatentTabViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: menu, training toolbar, one tab per model family, the latent explorer, the lab, and the status bar. */
public final class MainWindow {

    private final Stage stage;
    private final Appearance appearance;
    private final List<FamilyTabSlot> families;
    private final LatentTab latentTab;
    private final LabTab labTab;
    private final RunFileActions runFiles;
    private final TabPane tabPane;
    private final Map<Tab, WorkspaceTab> workspaces = new LinkedHashMap<>();
    private final StatusBar statusBar = new StatusBar();
    private final Label stepLabel = new Label();
    private final Label rateLabel = new Label();
    private final Label zoomLabel = new Label();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final BooleanProperty adversarial = new SimpleBooleanProperty(true);
    private TrainingControls active;
    private final ChangeListener<SessionStatus> statusListener = (o, a, b) -> showStatus(b);
    private final ChangeListener<Boolean> playingListener = (o, a, b) -> playing.set(b);

    MainWindow(Stage stage, List<FamilyTabSlot> families, LatentTabViewModel latent, LabTabViewModel lab, Appearance appearance) {
        this.stage = stage;
        this.appearance = appearance;
        this.families = List.copyOf(families);
        this.latentTab = new LatentTab(latent, appearance.darkProperty());
        this.labTab = new LabTab(lab, appearance.darkProperty());
        families.forEach(family -> workspaces.put(family.tab(), family.tab()));
        workspaces.put(latentTab, latentTab);
        workspaces.put(labTab, labTab);
        this.tabPane = new TabPane(workspaces.keySet().toArray(Tab[]::new));
        this.runFiles = new RunFileActions(stage, families.stream().<FamilyTabModel<?>>map(FamilyTabSlot::model).toList(),
                model -> tabPane.getSelectionModel().select(slotOf(model).tab()));
        tabPane.setId("family-tabs");
        VBox top = new VBox(menuBar(), toolBar());
        BorderPane root = new BorderPane(tabPane);
        root.setTop(top);
        root.setBottom(statusBar);
        root.setId("main-root");
        statusBar.setId("status-bar");
        statusBar.getRightItems().addAll(stepLabel, rateLabel);
        stepLabel.setId("status-step");
        rateLabel.setId("status-rate");
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            activate(workspace(b).trainingControls().orElse(active));
            if (b == latentTab && latent.sourceProperty().get() == null) {
                latent.explore(families.stream().filter(f -> f.model() == active).findFirst().orElse(families.get(0))
                        .latentSource());
            }
        });
        activate(families.get(0).model());

        appearance.bind(root);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1680, screen.getWidth() * 0.95), Math.min(1050, screen.getHeight() * 0.92));
        stage.setScene(scene);
        stage.setTitle(I18n.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        Icons.apply(stage);
    }

    public RunFileActions runFiles() {
        return runFiles;
    }

    private FamilyTabSlot slotOf(FamilyTabModel<?> model) {
        return families.stream().filter(f -> f.model() == model).findFirst().orElseThrow();
    }

    private WorkspaceTab workspace(Tab tab) {
        return workspaces.get(tab);
    }

    private WorkspaceTab selected() {
        return workspace(tabPane.getSelectionModel().getSelectedItem());
    }

    /** The toolbar, Train menu and status bar follow the selected tab; other tabs pause so one model trains at a time. */
    private void activate(TrainingControls next) {
        if (active != null) {
            active.statusProperty().removeListener(statusListener);
            active.playingProperty().removeListener(playingListener);
            if (active != next) {
                active.pause();
            }
        }
        active = next;
        next.statusProperty().addListener(statusListener);
        next.playingProperty().addListener(playingListener);
        playing.set(next.playingProperty().get());
        adversarial.set(next.adversarial());
        showStatus(next.statusProperty().get());
    }

    /** Stops every tab's own timers and engine threads; true when all stopped in time. */
    boolean stopTabs() {
        boolean stopped = true;
        for (WorkspaceTab tab : workspaces.values()) {
            stopped &= tab.stop();
        }
        return stopped;
    }

    /** The tab of the family whose tab is of {@code type}. */
    public <T extends FamilyTab> T familyTab(Class<T> type) {
        return families.stream().map(FamilyTabSlot::tab).filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The view model of the family tab whose view model is of {@code type}. */
    public <M extends FamilyTabModel<?>> M familyModel(Class<M> type) {
        return families.stream().map(FamilyTabSlot::model).filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    public LatentTab latentTab() {
        return latentTab;
    }

    public LabTab labTab() {
        return labTab;
    }

    private MenuBar menuBar() {
        MenuItem save = new MenuItem(I18n.get("menu.file.saveSamples"), new FontIcon("mdi2c-content-save-outline"));
        save.setAccelerator(KeyCombination.valueOf("Shortcut+S"));
        save.setOnAction(e -> saveSamples());
        MenuItem quit = new MenuItem(I18n.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.valueOf("Shortcut+Q"));
        quit.setOnAction(e -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        MenuItem openRun = new MenuItem(I18n.get("menu.file.openRun"), new FontIcon("mdi2f-folder-open-outline"));
        openRun.setId("menu-open-run");
        openRun.setAccelerator(KeyCombination.valueOf("Shortcut+O"));
        openRun.setOnAction(e -> runFiles.open());
        MenuItem saveRun = new MenuItem(I18n.get("menu.file.saveRun"), new FontIcon("mdi2c-content-save-all-outline"));
        saveRun.setId("menu-save-run");
        saveRun.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+S"));
        saveRun.setOnAction(e -> selected().run().ifPresent(runFiles::save));
        Menu file = new Menu(I18n.get("menu.file"), null, openRun, saveRun, new SeparatorMenuItem(), save,
                new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> {
            saveRun.setDisable(selected().run().isEmpty());
            save.setDisable(selected().samples().isEmpty());
        });

        MenuItem zoomIn = new MenuItem(I18n.get("menu.view.zoomIn"), new FontIcon("mdi2m-magnify-plus-outline"));
        zoomIn.setAccelerator(KeyCombination.valueOf("Shortcut+Equals"));
        zoomIn.setOnAction(e -> appearance.zoomIn());
        MenuItem zoomInPlus = new MenuItem(I18n.get("menu.view.zoomIn"));
        zoomInPlus.setAccelerator(KeyCombination.valueOf("Shortcut+Add"));
        zoomInPlus.setOnAction(e -> appearance.zoomIn());
        zoomInPlus.setVisible(false);
        MenuItem zoomOut = new MenuItem(I18n.get("menu.view.zoomOut"), new FontIcon("mdi2m-magnify-minus-outline"));
        zoomOut.setAccelerator(KeyCombination.valueOf("Shortcut+Minus"));
        zoomOut.setOnAction(e -> appearance.zoomOut());
        MenuItem zoomOutPad = new MenuItem(I18n.get("menu.view.zoomOut"));
        zoomOutPad.setAccelerator(KeyCombination.valueOf("Shortcut+Subtract"));
        zoomOutPad.setOnAction(e -> appearance.zoomOut());
        zoomOutPad.setVisible(false);
        MenuItem zoomReset = new MenuItem(I18n.get("menu.view.zoomReset"));
        zoomReset.setAccelerator(KeyCombination.valueOf("Shortcut+0"));
        zoomReset.setOnAction(e -> appearance.zoomReset());
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(I18n.get("menu.view.theme.light"));
        RadioMenuItem dark = new RadioMenuItem(I18n.get("menu.view.theme.dark"));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        dark.setSelected(appearance.darkProperty().get());
        light.setSelected(!appearance.darkProperty().get());
        dark.selectedProperty().addListener((o, a, b) -> appearance.darkProperty().set(b));
        Menu view = new Menu(I18n.get("menu.view"), null, zoomIn, zoomInPlus, zoomOut, zoomOutPad, zoomReset,
                new SeparatorMenuItem(), light, dark);

        MenuItem play = new MenuItem(I18n.get("toolbar.play"));
        play.setAccelerator(KeyCombination.valueOf("Shortcut+Enter"));
        play.setOnAction(e -> active.togglePlay());
        playing.addListener((o, a, b) -> play.setText(I18n.get(b ? "toolbar.pause" : "toolbar.play")));
        MenuItem stepBoth = new MenuItem(I18n.get("toolbar.step.both"));
        stepBoth.setAccelerator(KeyCombination.valueOf("Shortcut+Period"));
        stepBoth.setOnAction(e -> active.step(StepKind.BOTH));
        MenuItem stepD = new MenuItem(I18n.get("toolbar.step.d"));
        stepD.setOnAction(e -> active.step(StepKind.D_ONLY));
        MenuItem stepG = new MenuItem(I18n.get("toolbar.step.g"));
        stepG.setOnAction(e -> active.step(StepKind.G_ONLY));
        MenuItem reset = new MenuItem(I18n.get("toolbar.reset"));
        reset.setAccelerator(KeyCombination.valueOf("Shortcut+R"));
        reset.setOnAction(e -> active.reset());
        stepD.visibleProperty().bind(adversarial);
        stepG.visibleProperty().bind(adversarial);
        Menu train = new Menu(I18n.get("menu.train"), null, play, stepBoth, stepD, stepG, new SeparatorMenuItem(), reset);

        MenuItem about = new MenuItem(I18n.get("menu.help.about"));
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(I18n.get("menu.help"), null, about);
        return new MenuBar(file, view, train, help);
    }

    private ToolBar toolBar() {
        Button play = new Button();
        play.setId("play-button");
        play.setOnAction(e -> active.togglePlay());
        Runnable playLook = () -> {
            boolean on = playing.get();
            play.setText(I18n.get(on ? "toolbar.pause" : "toolbar.play"));
            play.setGraphic(new FontIcon(on ? "mdi2p-pause" : "mdi2p-play"));
        };
        playing.addListener((o, a, b) -> playLook.run());
        playLook.run();
        play.setTooltip(new Tooltip(I18n.get("toolbar.play.tooltip")));
        play.setMinWidth(Region.USE_PREF_SIZE);

        MenuItem stepD = new MenuItem(I18n.get("toolbar.step.d"));
        stepD.setId("step-d");
        stepD.setOnAction(e -> active.step(StepKind.D_ONLY));
        MenuItem stepG = new MenuItem(I18n.get("toolbar.step.g"));
        stepG.setId("step-g");
        stepD.visibleProperty().bind(adversarial);
        stepG.visibleProperty().bind(adversarial);
        stepG.setOnAction(e -> active.step(StepKind.G_ONLY));
        SplitMenuButton step = new SplitMenuButton(stepD, stepG);
        step.setId("step-button");
        step.setText(I18n.get("toolbar.step"));
        step.setGraphic(new FontIcon("mdi2s-step-forward"));
        step.setOnAction(e -> active.step(StepKind.BOTH));
        step.setTooltip(new Tooltip(I18n.get("toolbar.step.tooltip")));

        Button reset = new Button(I18n.get("toolbar.reset"), new FontIcon("mdi2r-restore"));
        reset.setId("reset-button");
        reset.setOnAction(e -> active.reset());
        reset.setTooltip(new Tooltip(I18n.get("toolbar.reset.tooltip")));

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button zoomOut = new Button(null, new FontIcon("mdi2m-magnify-minus-outline"));
        zoomOut.setOnAction(e -> appearance.zoomOut());
        zoomOut.setTooltip(new Tooltip(I18n.get("menu.view.zoomOut")));
        Button zoomIn = new Button(null, new FontIcon("mdi2m-magnify-plus-outline"));
        zoomIn.setOnAction(e -> appearance.zoomIn());
        zoomIn.setTooltip(new Tooltip(I18n.get("menu.view.zoomIn")));
        zoomLabel.textProperty().bind(appearance.zoomProperty().asString().map(z -> I18n.format("toolbar.zoom", z)));
        ToolBar bar = new ToolBar(play, step, reset, spacer, zoomOut, zoomLabel, zoomIn);
        bar.setId("main-toolbar");
        return bar;
    }

    private void showStatus(SessionStatus status) {
        if (status == null) {
            return;
        }
        String text = status.task() != null ? status.task() + "…" : I18n.get("status." + status.state().name());
        statusBar.setText(status.message() == null ? text : text + " — " + status.message());
        statusBar.setProgress(status.progress());
        NumberFormat number = NumberFormat.getIntegerInstance();
        stepLabel.setText(I18n.format("status.step", number.format(status.step())));
        rateLabel.setText(I18n.format("status.rate", number.format(Math.round(status.stepsPerSecond()))));
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
        chooser.setInitialFileName("samples.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        try {
            PreviewPng.write(preview, path);
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, I18n.format("save.failed", path, e.getMessage()));
            alert.initOwner(stage);
            alert.setTitle(I18n.get("error.title"));
            alert.showAndWait();
        }
    }

    private void showAbout() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, I18n.format("about.text", version == null ? "" : version));
        alert.initOwner(stage);
        alert.setTitle(I18n.get("menu.help.about"));
        alert.setHeaderText(I18n.get("app.title"));
        alert.showAndWait();
    }
}
