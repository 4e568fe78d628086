package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javafx.scene.control.DialogPane;
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

    /** A run file whose config no longer fits its weights: refused by name, the tab unchanged, nothing left behind. */
    @Test
    void aRunFileWhoseWeightsDoNotFitIsRefusedNamingItAndChangesNothing(FxRobot robot) throws Exception {
        trainAndPause(robot, 20);
        Path good = temp.resolve("good.genrun");
        robot.interact(() -> gan().saveRun(good, written -> { }, problem -> { throw new AssertionError(problem); }));
        await(30, () -> Files.exists(good));
        Path bad = temp.resolve("wider.genrun");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("config.json")) {
                    String config = new String(bytes, StandardCharsets.UTF_8);
                    bytes = config.replaceFirst("\"hiddenWidth\" ?: ?(\\d+)", "\"hiddenWidth\" : 7").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        GanConfig before = onFx(() -> gan().draftProperty().get());
        long unpackedBefore = unpackedRuns();

        robot.interact(() -> shell.window().runFiles().open(bad));
        await(60, () -> robot.listTargetWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane));
        DialogPane dialog = onFx(() -> (DialogPane) robot.listTargetWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow().getScene().getRoot());
        String said = onFx(dialog::getContentText);
        assertTrue(said.startsWith("wider.genrun: The weights in wider.genrun/checkpoint do not fit the network that"
                + " config.json describes"), said);
        assertEquals(before, onFx(() -> gan().draftProperty().get()), "the settings panel keeps the current run's values");
        assertEquals(unpackedBefore, unpackedRuns(), "the unpacked copy is deleted");
        robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
    }

    private static long unpackedRuns() throws java.io.IOException {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("generativa-run")).count();
        }
    }
}
