package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base for tests of the whole window: a fresh shell with its own preferences, closed after each test.
 * TestFX finds {@code @Start} only on the test class itself (TestFX issue 730), so each subclass has a
 * one-line {@code @Start} method calling {@link #openShell}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ShellTest {

    protected AppShell shell;
    protected Appearance appearance;

    protected void openShell(Stage stage) throws Exception {
        Preferences preferences = preferences();
        preferences.clear();
        preferences.put("language", "en");
        appearance = new Appearance(preferences);
        appearance.applyTheme();
        shell = new AppShell(stage, appearance);
        shell.openBuilt();
    }

    /** This test class's own preferences (language, zoom, theme, recent datasets). */
    protected Preferences preferences() {
        return Preferences.userRoot().node("org/generativa/test-" + getClass().getSimpleName());
    }

    @AfterEach
    void closeShell() {
        assertTrue(shell.close(), "the engine threads stop within two seconds");
        I18n.setLocale(Locale.ENGLISH);
    }

    /**
     * Clicks what {@code query} (a CSS selector or a text) finds. The lookup runs on the JavaFX thread: walking the
     * scene from the test thread while the window changes it can fail.
     */
    protected static void click(FxRobot robot, String query) throws Exception {
        Node node = onFx(() -> robot.lookup(query).query());
        onFx(() -> scrollIntoView(node));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** Scrolls the scroll panes around {@code node} so that a user could see it (and click it). */
    private static Void scrollIntoView(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane && pane.getContent() != null) {
                Bounds inContent = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double spare = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                if (spare > 0) {
                    double top = inContent.getMinY() - pane.getViewportBounds().getHeight() / 3;
                    pane.setVvalue(Math.max(0, Math.min(1, top / spare)) * pane.getVmax());
                }
                pane.layout();
            }
        }
        return null;
    }

    protected static <T> T onFx(Callable<T> callable) throws Exception {
        return WaitForAsyncUtils.asyncFx(callable).get();
    }

    protected static void await(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }
}
