package org.generativa.ui.shell;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.generativa.common.StartupTrace;
import org.generativa.family.ModelFamily;
import org.generativa.run.ModelFamilies;
import org.generativa.ui.ae.AeTab;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.family.FamilyTabKind;
import org.generativa.ui.gan.GanTab;
import org.generativa.ui.lab.LabTabViewModel;
import org.generativa.ui.latent.LatentTabViewModel;

/**
 * Builds the window around a stage and owns the training sessions behind it: one per model family's tab.
 * The window is shown first; the engine then loads on the ML threads.
 */
public final class AppShell {

    /** How each model family's tab looks; the window shows one tab per family of {@link ModelFamilies}, in its order. */
    private static final List<FamilyTabKind<?, ?>> FAMILY_TABS = List.of(GanTab.KIND, AeTab.KIND);

    private final List<FamilyTabSlot> families;
    private final MainWindow window;

    public AppShell(Stage stage, Appearance appearance) {
        families = ModelFamilies.all().stream().map(family -> FamilyTabSlot.build(tabOf(family), appearance)).toList();
        LatentTabViewModel latent = new LatentTabViewModel(families.stream().map(FamilyTabSlot::latentSource).toList());
        window = new MainWindow(stage, families, latent, new LabTabViewModel(), appearance);
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

    /** Stops training and frees the engine; returns within about two seconds. */
    public boolean close() {
        boolean stopped = window.stopTabs();
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
