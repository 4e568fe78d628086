package org.generativa.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
 * model family's tab. The window is shown first; the engine then loads on the ML threads. A change of language
 * builds the window's views again over the same view models.
 */
public final class AppShell {

    /** How each model family's tab looks; the window shows one tab per family of {@link ModelFamilies}, in its order. */
    private static final List<FamilyTabKind<?, ?>> FAMILY_TABS = List.of(GanTab.KIND, AeTab.KIND);

    private final List<FamilyTabSlot> families;
    private final LatentTabViewModel latent;
    private final LabTabViewModel lab;
    private final MainWindow window;
    private final Stage stage;

    public AppShell(Stage stage, Appearance appearance) {
        this.stage = stage;
        Language language = new Language(appearance.preferences());
        language.apply(Locale.getDefault());
        families = ModelFamilies.all().stream().map(family -> FamilyTabSlot.build(tabOf(family))).toList();
        latent = new LatentTabViewModel(families.stream().map(FamilyTabSlot::latentSource).toList());
        lab = new LabTabViewModel();
        window = new MainWindow(stage, families, latent, lab, appearance, language);
        I18n.localeProperty().addListener((o, a, b) -> Platform.runLater(window::rebuild));
    }

    /** The tab of {@code family}; every family has one. */
    static FamilyTabKind<?, ?> tabOf(ModelFamily<?> family) {
        return FAMILY_TABS.stream().filter(kind -> kind.family() == family).findFirst()
                .orElseThrow(() -> new IllegalStateException("The " + family.id() + " family has no tab in the window."));
    }

    /** Shows the window, then starts loading the engine. */
    public void open(Stage stage) {
        stage.show();
        StartupTrace.mark(StartupTrace.WINDOW_SHOWN);
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

    /** Stops training and frees the engine; returns within about two seconds. */
    public boolean close() {
        boolean stopped = window.stopTabs() & latent.close() & lab.close();
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
