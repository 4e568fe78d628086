package org.generativa.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.generativa.common.StartupTrace;
import org.generativa.family.ModelFamily;
import org.generativa.run.ModelFamilies;
import org.generativa.ui.ae.AeTab;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.Language;
import org.generativa.ui.family.FamilyTabKind;
import org.generativa.ui.gan.GanTab;
import org.generativa.ui.lab.LabTabViewModel;
import org.generativa.ui.latent.LatentTabViewModel;

/**
 * Builds the window around a stage and owns the view models and training sessions behind it: one session per
 * model family's tab. The window is shown first, saying that the engine loads; the engine then loads on the ML
 * threads while the views are built. A change of language
 * builds the window's views again over the same view models.
 */
public final class AppShell {

    /** How each model family's tab looks; the window shows one tab per family of {@link ModelFamilies}, in its order. */
    private static final List<FamilyTabKind<?, ?>> FAMILY_TABS = List.of(GanTab.KIND, AeTab.KIND);

    /** Frames of the loading view shown before the views are built. */
    private static final int LOADING_FRAMES = 3;

    private List<FamilyTabSlot> families = List.of();
    private final AtomicBoolean enginesStopping = new AtomicBoolean();
    private LatentTabViewModel latent;
    private LabTabViewModel lab;
    private final Stage stage;
    private final Appearance appearance;
    private final Language language;
    private MainWindow window;
    private boolean closed;
    private final ChangeListener<Locale> rebuildOnLanguage = (o, a, b) -> Platform.runLater(() -> {
        if (window != null) {
            window.rebuild();
        }
    });

    public AppShell(Stage stage, Appearance appearance) {
        this.stage = stage;
        this.appearance = appearance;
        language = new Language(appearance.preferences());
        language.apply(Locale.getDefault());
    }

    /** The view models and their sessions, which start loading the engine. */
    private void createModels() {
        families = ModelFamilies.all().stream().map(family -> FamilyTabSlot.build(tabOf(family))).toList();
        latent = new LatentTabViewModel(families.stream().map(FamilyTabSlot::latentSource).toList());
        lab = new LabTabViewModel();
        startEngines();
    }

    private void buildWindow() {
        window = new MainWindow(stage, families, latent, lab, appearance, language);
        I18n.localeProperty().addListener(rebuildOnLanguage);
    }

    /** The tab of {@code family}; every family has one. */
    static FamilyTabKind<?, ?> tabOf(ModelFamily<?> family) {
        return FAMILY_TABS.stream().filter(kind -> kind.family() == family).findFirst()
                .orElseThrow(() -> new IllegalStateException("The " + family.id() + " family has no tab in the window."));
    }

    /**
     * Shows the window at once saying that the engine loads; once that frame is on screen, starts loading the engine
     * and builds the window's views (each takes a second or two), then hands the window to {@code built}.
     */
    public void open(Consumer<MainWindow> built) {
        LoadingView loading = new LoadingView();
        appearance.bind(loading);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(loading, MainWindow.initialWidth(screen), MainWindow.initialHeight(screen));
        stage.setScene(scene);
        stage.setTitle(I18n.get("app.title"));
        // A window just mapped may drop its first frame and the first real paint is slow, so a few frames go by
        // (the progress bar's animation keeps them coming) before the work that would hold them back starts.
        int[] frames = {0};
        Runnable[] onFrame = new Runnable[1];
        onFrame[0] = () -> {
            if (++frames[0] < LOADING_FRAMES) {
                return;
            }
            scene.removePostLayoutPulseListener(onFrame[0]);
            StartupTrace.mark(StartupTrace.WINDOW_SHOWN);
            Platform.runLater(() -> {
                createModels();
                buildWindow();
                built.accept(window);
            });
        };
        scene.addPostLayoutPulseListener(onFrame[0]);
        stage.show();
    }

    /** Builds the window and shows it in one go (for tests, which need the window as soon as this returns). */
    public void openBuilt() {
        createModels();
        buildWindow();
        stage.show();
    }

    private void startEngines() {
        if (StartupTrace.enabled()) {
            families.get(0).session().onRebuild(experiment -> StartupTrace.mark(StartupTrace.ENGINE_READY));
        }
        families.forEach(family -> family.session().start());
    }

    public MainWindow window() {
        return window;
    }

    /** Whether the window may close: asks first when a run has training that was not saved. */
    public boolean confirmQuit() {
        if (window == null) {
            return true;
        }
        List<String> unsaved = families.stream().filter(f -> f.model().hasUnsavedTraining())
                .map(f -> window.tabTitleOf(f.model())).toList();
        if (unsaved.isEmpty()) {
            return true;
        }
        ButtonType quit = new ButtonType(I18n.get("quit.anyway"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.format("quit.text", String.join(", ", unsaved)),
                quit, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(I18n.get("quit.title"));
        alert.setHeaderText(I18n.get("quit.title"));
        return alert.showAndWait().orElse(ButtonType.CANCEL) == quit;
    }

    /** Stops training, frees the engine and stops following the language; returns within about two seconds. */
    public boolean close() {
        I18n.localeProperty().removeListener(rebuildOnLanguage);
        if (latent == null || closed) {
            return true;
        }
        closed = true;
        boolean stopped = window == null || window.stopTabs();
        return stopEngines() & stopped;
    }

    /**
     * Stops every engine thread and waits until each has left its step and freed its native memory. Touches no
     * window, so a shutdown (SIGTERM, the session ending) may call it from its own thread; once is enough.
     */
    public boolean stopEngines() {
        if (latent == null || !enginesStopping.compareAndSet(false, true)) {
            return true;
        }
        boolean stopped = latent.close() & lab.close();
        try {
            for (FamilyTabSlot family : families) {
                stopped &= family.session().stop(2, TimeUnit.SECONDS);
            }
            return stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
