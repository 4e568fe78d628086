package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The window's first frame says that the engine is loading; the full window follows in the same stage. */
class StartupUiTest extends ShellTest {

    private final AtomicReference<MainWindow> built = new AtomicReference<>();
    private Parent firstRoot;
    private String firstStatus;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Preferences preferences = preferences();
        preferences.put("language", "en");
        appearance = new Appearance(preferences);
        appearance.applyTheme();
        shell = new AppShell(stage, appearance);
        shell.open(built::set);
        firstRoot = stage.getScene().getRoot();
        firstStatus = ((Label) firstRoot.lookup("#loading-status")).getText();
    }

    @Test
    void theFirstFrameSaysTheEngineIsLoadingAndTheWindowFollowsInTheSameStage() throws Exception {
        assertEquals("loading-view", firstRoot.getId());
        assertEquals(I18n.bundle(java.util.Locale.ENGLISH).getString("status.LOADING"), firstStatus);
        await(30, () -> built.get() != null);
        assertSame(built.get(), shell.window());
        assertEquals("main-root", onFx(() -> stage.getScene().getRoot().getId()), "the same stage now holds the window");
        await(120, () -> shell.window().familyModel(org.generativa.ui.gan.GanTabViewModel.class).statusProperty().get()
                .state() == org.generativa.train.EngineState.READY);
    }
}
