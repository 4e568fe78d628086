package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.generativa.cli.GenerativaCli;
import org.generativa.gan.GanModelKind;
import org.generativa.preview.ImageGrid;
import org.generativa.train.EngineState;
import org.generativa.ui.ae.AeTabViewModel;
import org.generativa.ui.gan.GanTabViewModel;
import org.generativa.ui.latent.LatentTabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class LatentTabUiTest extends ShellTest {

    @TempDir
    Path temp;

    @Start
    void start(Stage stage) throws Exception {
        openShell(stage);
    }

    private LatentTabViewModel latent() {
        return shell.window().latentTab().model();
    }

    private byte[] picture() throws Exception {
        return onFx(() -> {
            ImageGrid grid = latent().decodedProperty().get();
            return grid == null ? null : grid.bgra();
        });
    }

    /** Drags the most informative dimension's slider and waits for a different decoded picture. */
    private void dragFirstSliderAndSeeThePictureChange(FxRobot robot) throws Exception {
        await(60, () -> latent().infoProperty().get() != null && latent().decodedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        byte[] before = picture();
        float[] code = onFx(() -> latent().codeProperty().get().clone());
        robot.drag("#latent-slider-0 .thumb").moveBy(120, 0).drop();
        await(30, () -> !Arrays.equals(before, picture()));
        float[] after = onFx(() -> latent().codeProperty().get());
        int dimension = onFx(() -> latent().infoProperty().get().order()[0]);
        assertTrue(after[dimension] > code[dimension], "dragging right raises dimension " + dimension);
        for (int i = 0; i < code.length; i++) {
            if (i != dimension) {
                assertEquals(code[i], after[i], "only the dragged dimension moves");
            }
        }
    }

    private void trainFor(FxRobot robot, String tab, long steps) throws Exception {
        robot.clickOn(tab);
        click(robot, "#play-button");
        await(120, () -> (tab.equals("GANs") ? shell.window().familyModel(GanTabViewModel.class).statusProperty().get()
                : shell.window().familyModel(AeTabViewModel.class).statusProperty().get()).step() >= steps);
        click(robot, "#play-button");
    }

    @Test
    void theGanBeingTrainedAnswersItsSlidersTraversalAndInterpolation(FxRobot robot) throws Exception {
        trainFor(robot, "GANs", 300);
        click(robot, "Latent space");
        await(10, () -> latent().sourceProperty().get() == latent().sources().get(0));
        dragFirstSliderAndSeeThePictureChange(robot);

        click(robot, "Traversal");
        await(60, () -> latent().traversal().gridProperty().get() != null);
        ImageGrid grid = onFx(() -> latent().traversal().gridProperty().get());
        assertEquals(8, grid.rowLabels().size(), "one row per dimension");

        click(robot, "Interpolation");
        await(60, () -> latent().interpolation().stripProperty().get() != null);
        int frames = onFx(() -> latent().interpolation().framesProperty().get());
        assertEquals(2 * frames - 2, onFx(() -> latent().interpolation().animationProperty().get().size()),
                "the animation goes from A to B and back");
        assertTrue(onFx(() -> robot.lookup("#interp-a-image").query().isDisabled()), "a generator cannot encode images");
    }

    @Test
    void aVaeTrainedInTheAppEncodesPicksAndDrawings(FxRobot robot) throws Exception {
        trainFor(robot, "Autoencoders", 300);
        click(robot, "Latent space");
        await(10, () -> latent().sourceProperty().get() == latent().sources().get(1));
        dragFirstSliderAndSeeThePictureChange(robot);

        byte[] before = picture();
        robot.interact(() -> latent().encodeItem(7));
        await(30, () -> !Arrays.equals(before, picture()));

        click(robot, "2-D map");
        await(90, () -> latent().map().mapProperty().get() != null);
        assertEquals(10, onFx(() -> latent().map().mapProperty().get().labelNames().size()), "digits coloured by class");

        click(robot, "Draw pad");
        robot.drag("#draw-pad").moveBy(0, 80).moveBy(10, 40).drop();
        await(30, () -> latent().drawPad().reconstructionProperty().get() != null);
        assertNotNull(onFx(() -> latent().map().drawnProperty().get()), "the drawing is marked on the map");
    }

    @Test
    void aConditionalGanTakesTheClassAsOneMoreControl(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().familyModel(GanTabViewModel.class).selectModel(GanModelKind.CGAN));
        await(60, () -> shell.window().familyModel(GanTabViewModel.class).statusProperty().get().state() == EngineState.READY);
        click(robot, "Latent space");
        await(60, () -> latent().infoProperty().get() != null && latent().infoProperty().get().conditional());
        await(30, () -> latent().decodedProperty().get() != null);
        byte[] before = picture();
        @SuppressWarnings("unchecked")
        ComboBox<Object> classes = robot.lookup("#latent-class").queryAs(ComboBox.class);
        assertEquals(10, onFx(() -> classes.getItems().size()));
        robot.interact(() -> classes.getSelectionModel().select(7));
        await(30, () -> latent().conditionClassProperty().get() == 7 && !Arrays.equals(before, picture()));
    }

    @Test
    void aCheckpointFromDiskOpensBesideTheTabsModels(FxRobot robot) throws Exception {
        Path run = temp.resolve("vae-run");
        StringWriter out = new StringWriter();
        int code = GenerativaCli.run(new String[] {"train", "--model", "vae", "--dataset", "digits", "--steps", "40",
                "--no-quality", "--out", run.toString()}, new PrintWriter(out), new PrintWriter(out));
        assertEquals(0, code, out.toString());

        click(robot, "Latent space");
        robot.interact(() -> latent().openCheckpoint(temp.resolve("no-such-run")));
        String problem = onFx(() -> latent().problemProperty().get());
        assertTrue(problem != null && problem.contains("no-such-run"), problem);

        robot.interact(() -> latent().openCheckpoint(run));
        await(60, () -> latent().sourceProperty().get().name().contains("vae-run"));
        assertEquals(3, onFx(() -> latent().sources().size()), "the checkpoint joins the two tabs' models");
        dragFirstSliderAndSeeThePictureChange(robot);
        assertTrue(onFx(() -> latent().infoProperty().get().hasEncoder()));
    }

    @Test
    void aBundledModelOpensUnderItsOwnNameWithoutTraining(FxRobot robot) throws Exception {
        click(robot, "Latent space");
        click(robot, "#latent-bundled");
        click(robot, "VAE on digits, 2-D code");
        await(60, () -> latent().sourceProperty().get().name().equals("Pretrained: VAE on digits, 2-D code"));
        dragFirstSliderAndSeeThePictureChange(robot);
        assertEquals(2, onFx(() -> latent().codeProperty().get().length), "the bundled VAE has 2-D codes");
        assertEquals(0L, onFx(() -> shell.window().familyModel(AeTabViewModel.class).statusProperty().get().step()), "nothing was trained");
    }

    @Test
    void inA720pWindowEveryKnobSitsAtItsValueAndTheWindowsTrainingButtonsStepAside(FxRobot robot) throws Exception {
        javafx.stage.Stage stage = onFx(() -> (javafx.stage.Stage) shell.window().latentTab().getTabPane().getScene().getWindow());
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        click(robot, "Latent space");
        await(60, () -> latent().infoProperty().get() != null && robot.lookup("#latent-slider-0").tryQuery().isPresent());
        assertFalse(onFx(() -> robot.lookup("#play-button").query().isVisible()), "one Reset: the latent tab's own");
        click(robot, "#latent-randomize");
        WaitForAsyncUtils.waitForFxEvents();
        int sliders = onFx(() -> latent().infoProperty().get().order().length);
        for (int i = 0; i < sliders; i++) {
            javafx.scene.control.Slider slider = robot.lookup("#latent-slider-" + i).queryAs(javafx.scene.control.Slider.class);
            double[] knob = onFx(() -> {
                javafx.scene.Node thumb = slider.lookup(".thumb");
                double share = (slider.getValue() - slider.getMin()) / (slider.getMax() - slider.getMin());
                double thumbWidth = thumb.getLayoutBounds().getWidth();
                double content = slider.getWidth() - slider.snappedLeftInset() - slider.snappedRightInset();
                double expected = slider.snappedLeftInset() + thumbWidth / 2 + share * (content - thumbWidth);
                double centre = thumb.getBoundsInParent().getMinX() + thumb.getBoundsInParent().getWidth() / 2;
                return new double[] {expected, centre, slider.getValue()};
            });
            assertEquals(knob[0], knob[1], 2.5, "slider " + i + " at " + knob[2] + ": the knob is where its value says");
        }
    }
}
