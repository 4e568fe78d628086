package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.generativa.ui.gan.GanTab;
import org.generativa.ui.lab.LabTab;
import org.generativa.ui.lab.LabTabViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** View › Presentation fills the screen with the tab's picture and its numbers, plays by keyboard, and comes back. */
class PresentationUiTest extends ShellTest {

    @Start
    void start(Stage stage) throws Exception {
        openShell(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    private static boolean inside(Node node, String id) {
        for (Node p = node; p != null; p = p.getParent()) {
            if (id.equals(p.getId())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theLabsRunsFillTheScreenWithTheirModesAndComeBack(FxRobot robot) throws Exception {
        LabTab tab = shell.window().labTab();
        LabTabViewModel lab = tab.model();
        robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
        await(60, () -> tab.panels().size() == 1 && lab.runs().get(0).frameProperty().get() != null);
        double before = onFx(() -> tab.panels().get(0).canvas().getHeight());
        Node tabs = onFx(() -> tab.getTabPane());

        robot.press(KeyCode.F11).release(KeyCode.F11);
        await(5, () -> shell.window().presenting());
        await(5, () -> tab.panels().get(0).canvas().getHeight() > before * 1.3);
        assertTrue(onFx(() -> inside(tab.panels().get(0), "presentation-picture")));
        assertFalse(onFx(() -> tabs.getScene() != null), "the tabs make way for the picture");
        Label numbers = robot.lookup("#presentation-numbers").queryAs(Label.class);
        assertTrue(onFx(numbers::getText).matches(".*: \\d+/8 modes"), onFx(numbers::getText));

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(10, () -> lab.playingProperty().get());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(10, () -> !lab.playingProperty().get());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        await(5, () -> !shell.window().presenting());
        assertSame(tabs, onFx(() -> tab.getTabPane()));
        assertNotNull(onFx(tabs::getScene), "the tabs are back");
        assertFalse(onFx(() -> inside(tab.panels().get(0), "presentation-picture")));
        // Back at its size in the window: the same, or smaller where a collapse notice appeared while it played.
        await(5, () -> tab.panels().get(0).canvas().getHeight() < before + 2
                && tab.panels().get(0).canvas().getHeight() > before * 0.6);
    }

    @Test
    void theGanTabShowsItsSamplesAndTheStepGoesForwardWithTheArrowKey(FxRobot robot) throws Exception {
        GanTab tab = shell.window().familyTab(GanTab.class);
        await(60, () -> tab.sampleImage().image() != null);
        double before = onFx(() -> tab.sampleImage().getHeight());
        click(robot, "View");
        click(robot, "#menu-presentation");
        await(5, () -> shell.window().presenting());
        await(5, () -> tab.sampleImage().getHeight() > before * 1.3);
        long step = onFx(() -> shell.window().familyModel(org.generativa.ui.gan.GanTabViewModel.class)
                .statusProperty().get().step());
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        await(30, () -> shell.window().familyModel(org.generativa.ui.gan.GanTabViewModel.class)
                .statusProperty().get().step() == step + 1);
        await(10, () -> robot.lookup("#presentation-numbers").queryAs(Label.class).getText().startsWith("Step " + (step + 1)));
        click(robot, "#presentation-leave");
        await(5, () -> !shell.window().presenting());
        assertEquals(before, onFx(() -> tab.sampleImage().getHeight()), 2);
    }
}
