package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanModelKind;
import org.generativa.train.EngineState;
import org.generativa.ui.gan.GanTab;
import org.generativa.ui.gan.GanTabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class RunFileUiTest extends ShellTest {

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        openShell(stage);
    }

    private GanTabViewModel gan() {
        return shell.window().familyModel(GanTabViewModel.class);
    }

    /** Plays the GAN tab for at least {@code steps} steps, pauses, and returns the step it stopped at. */
    private long trainAndPause(FxRobot robot, long steps) throws Exception {
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        click(robot, "#play-button");
        await(60, () -> gan().statusProperty().get().step() >= steps);
        click(robot, "#play-button");
        await(10, () -> gan().statusProperty().get().state() == EngineState.PAUSED);
        Thread.sleep(200);
        return onFx(() -> gan().statusProperty().get().step());
    }

    @Test
    void aSavedRunReopensWithItsSettingsStepAndCharts(FxRobot robot) throws Exception {
        long step = trainAndPause(robot, 200);
        int points = onFx(() -> gan().recorded().points().size());
        assertEquals(step, points, "one point per step so far");
        GanConfig saved = onFx(() -> gan().draftProperty().get());

        Path file = temp.resolve("digits.genrun");
        robot.interact(() -> gan().saveRun(file, written -> { }, problem -> { throw new AssertionError(problem); }));
        await(30, () -> Files.exists(file) && !gan().hasUnsavedTraining());

        robot.interact(() -> gan().selectModel(org.generativa.gan.GanModelKind.WGAN_GP));
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        assertNotEquals(saved, onFx(() -> gan().draftProperty().get()));

        click(robot, "Latent space");
        robot.interact(() -> shell.window().runFiles().open(file));
        await(60, () -> gan().statusProperty().get().step() == step
                && gan().statusProperty().get().state() == EngineState.PAUSED);
        assertEquals(saved, onFx(() -> gan().draftProperty().get()), "the saved settings are back");
        await(10, () -> shell.window().familyTab(GanTab.class).lossChart().pointCount(0) > 0);
        assertEquals(points, (int) onFx(() -> gan().recorded().points().size()), "the charts are back");
        assertTrue(onFx(() -> shell.window().familyTab(GanTab.class).isSelected()), "the run opens in its family's tab");

        click(robot, "#play-button");
        await(60, () -> gan().statusProperty().get().step() >= step + 20);
        click(robot, "#play-button");
    }

    /** As when the app starts with a run file: the file opens while the model built at start-up is still queued. */
    @Test
    void aRunFileGivenAtStartUpOpensWithItsCharts(FxRobot robot) throws Exception {
        long step = trainAndPause(robot, 100);
        Path file = temp.resolve("start.genrun");
        robot.interact(() -> gan().saveRun(file, written -> { }, problem -> { throw new AssertionError(problem); }));
        await(30, () -> Files.exists(file));

        robot.interact(() -> {
            assertTrue(shell.close());
            try {
                openShell(stage);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            shell.window().runFiles().open(file);
        });
        await(60, () -> gan().statusProperty().get().step() == step
                && gan().statusProperty().get().state() == EngineState.PAUSED);
        await(10, () -> shell.window().familyTab(GanTab.class).lossChart().pointCount(0) > 0);
        assertEquals(step, (long) onFx(() -> gan().recorded().points().size()), "the saved history is on the charts");
    }
}
