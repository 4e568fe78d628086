package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.generativa.train.EngineState;
import org.generativa.ui.common.I18n;
import org.generativa.ui.gan.GanTab;
import org.generativa.ui.gan.GanTabViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Language switches the whole window while training carries on, and is remembered. */
class LanguageUiTest extends ShellTest {

    @Start
    void start(Stage stage) throws Exception {
        openShell(stage);
    }

    private GanTabViewModel gan() {
        return shell.window().familyModel(GanTabViewModel.class);
    }

    private String tabTitle(int index) throws Exception {
        return onFx(() -> robotTabs().getTabs().get(index).getText());
    }

    private TabPane robotTabs() {
        return (TabPane) shell.window().familyTab(GanTab.class).getTabPane();
    }

    @Test
    void switchingTheLanguageRebuildsTheWindowAndTheRunCarriesOn(FxRobot robot) throws Exception {
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        click(robot, "#play-button");
        await(60, () -> gan().statusProperty().get().step() >= 30);
        click(robot, "#play-button");
        await(10, () -> gan().statusProperty().get().state() == EngineState.PAUSED);
        click(robot, "#gan-live #pin-run");
        await(5, () -> shell.window().familyTab(GanTab.class).lossChart().hasPinned());
        long step = onFx(() -> gan().statusProperty().get().step());
        int points = onFx(() -> shell.window().familyTab(GanTab.class).lossChart().pointCount(0));
        assertTrue(points > 0);
        assertEquals("GANs", tabTitle(0));

        click(robot, I18n.get("menu.view").replace("_", ""));
        click(robot, I18n.get("menu.view.language"));
        click(robot, "Español");
        ResourceBundle spanish = I18n.bundle(Locale.forLanguageTag("es"));
        await(10, () -> robotTabs().getTabs().get(1).getText().equals(spanish.getString("tab.ae")));
        assertEquals(Locale.forLanguageTag("es"), I18n.locale());
        assertEquals("es", preferences().get("language", ""), "the choice is remembered");
        Tab lab = onFx(() -> robotTabs().getTabs().get(3));
        assertEquals(spanish.getString("tab.lab"), onFx(lab::getText));

        GanTab rebuilt = shell.window().familyTab(GanTab.class);
        await(10, () -> rebuilt.lossChart().pointCount(0) > 0);
        assertTrue(onFx(() -> rebuilt.lossChart().hasPinned()), "the pinned run is still drawn");
        assertEquals(step, (long) onFx(() -> gan().statusProperty().get().step()), "the run is the same");
        assertEquals(spanish.getString("toolbar.play"), robot.lookup("#play-button").queryButton().getText());

        click(robot, "#play-button");
        await(60, () -> gan().statusProperty().get().step() >= step + 20);
        click(robot, "#play-button");
    }

    @Test
    void aClosedWindowNoLongerFollowsTheLanguage() throws Exception {
        assertTrue(shell.close());
        onFx(() -> {
            I18n.setLocale(Locale.forLanguageTag("es"));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(I18n.bundle(Locale.ENGLISH).getString("tab.ae"), tabTitle(1),
                "a closed window is not built again (and is not kept alive by the language's listeners)");
    }
}
