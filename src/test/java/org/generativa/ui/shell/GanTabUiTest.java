package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.generativa.gan.GanModelKind;
import org.generativa.train.EngineState;
import org.generativa.ui.gan.GanTab;
import org.generativa.ui.gan.GanTabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class GanTabUiTest extends ShellTest {

    @TempDir
    Path handIns;

    @Start
    void start(Stage stage) throws Exception {
        openShell(stage);
    }

    private GanTabViewModel gan() {
        return shell.window().familyModel(GanTabViewModel.class);
    }

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    @Test
    void playTrainsLiveAndPauseStopsChartAndSamples(FxRobot robot) throws Exception {
        GanTab tab = shell.window().familyTab(GanTab.class);
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY && tab.sampleImage().image() != null);
        int[] before = onFx(() -> pixels(tab.sampleImage().image()));
        assertEquals(0, (int) onFx(() -> tab.lossChart().pointCount(0)));

        click(robot, "#play-button");
        await(60, () -> tab.lossChart().pointCount(0) >= 30 && tab.sampleImage().updates() >= 3);
        int[] during = onFx(() -> pixels(tab.sampleImage().image()));
        assertFalse(java.util.Arrays.equals(before, during), "the sample grid must change while training");

        click(robot, "#play-button");
        await(10, () -> gan().statusProperty().get().state() == EngineState.PAUSED);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        int points = onFx(() -> tab.lossChart().pointCount(0));
        long updates = onFx(() -> tab.sampleImage().updates());
        int[] paused = onFx(() -> pixels(tab.sampleImage().image()));
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(points, (int) onFx(() -> tab.lossChart().pointCount(0)), "no chart points while paused");
        assertEquals(updates, (long) onFx(() -> tab.sampleImage().updates()), "no new samples while paused");
        assertArrayEquals(paused, onFx(() -> pixels(tab.sampleImage().image())));
    }

    @Test
    void badValuesAreRefusedInPlaceWithAReason(FxRobot robot) throws Exception {
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        double lrBefore = onFx(() -> gan().draftProperty().get().lrG());
        TextField lr = robot.lookup("#gan-settings #param-lr-g").queryAs(TextField.class);
        robot.interact(lr::requestFocus);
        robot.interact(() -> lr.setText("5"));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String reason = robot.lookup("#gan-settings #refusal-lr-g").queryLabeled().getText();
        assertEquals("Must be greater than 0 and at most 1.", reason);
        assertEquals(lrBefore, onFx(() -> gan().draftProperty().get().lrG()), "a refused value never reaches the model");

        TextField batch = robot.lookup("#gan-settings #param-batch").queryAs(TextField.class);
        robot.interact(batch::requestFocus);
        robot.interact(() -> batch.setText("sixty"));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Enter a whole number.", robot.lookup("#gan-settings #refusal-batch").queryLabeled().getText());

        robot.interact(() -> batch.setText("32"));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#gan-settings #refusal-batch").queryLabeled().isVisible(), "a corrected value clears the reason");
        assertEquals(32, (int) onFx(() -> gan().draftProperty().get().batchSize()));
        assertFalse(onFx(() -> gan().resetPendingProperty().get()), "batch size applies live");

        TextField hidden = robot.lookup("#gan-settings #param-hidden").queryAs(TextField.class);
        robot.interact(hidden::requestFocus);
        robot.interact(() -> hidden.setText("64"));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> gan().resetPendingProperty().get()), "hidden width waits for Reset");
        click(robot, "#reset-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> gan().resetPendingProperty().get()));
        assertNull(onFx(() -> gan().statusProperty().get().message()));
    }

    @Test
    void lockedControlsShowAsNotEditableAndTypingIntoThemChangesNothing(FxRobot robot) throws Exception {
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        double lrBefore = onFx(() -> gan().draftProperty().get().lrG());
        robot.interact(() -> gan().lock(java.util.List.of("model", "dataset", "lr-g", "loss")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#gan-settings #loss-choice").query().isDisabled(), "a locked choice");
        assertTrue(robot.lookup("#gan-settings #param-lr-g").queryAs(TextField.class).isDisabled());
        assertFalse(robot.lookup("#gan-settings #param-lr-d").queryAs(TextField.class).isDisabled());
        assertTrue(robot.lookup("#gan-settings #model-choice").query().isDisabled());
        assertTrue(robot.lookup("#gan-settings #dataset-choice").query().isDisabled());
        assertTrue(robot.lookup("#gan-settings #choose-dataset").query().isDisabled());
        robot.interact(() -> gan().selectModel(org.generativa.gan.GanModelKind.WGAN));
        assertEquals(org.generativa.gan.GanModelKind.GAN, onFx(() -> gan().draftProperty().get().model()));
        assertEquals(lrBefore, onFx(() -> gan().draftProperty().get().lrG()));
        robot.interact(() -> gan().restrict(java.util.List.of(), java.util.List.of("lr-d", "model", "loss", "optimizer")));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#gan-settings #param-lr-g").queryAs(TextField.class).isDisabled(), "unlocked again");
        assertFalse(robot.lookup("#gan-settings #param-lr-d").queryAs(TextField.class).isVisible(), "a hidden setting's row is left out");
        assertFalse(robot.lookup("#gan-settings #model-choice").query().getParent().isVisible(), "and a hidden model choice");
        assertFalse(robot.lookup("#gan-settings #loss-choice").query().getParent().getParent().isVisible(), "a hidden loss");
        assertFalse(robot.lookup("#gan-settings #optimizer-choice").query().getParent().isVisible(), "a hidden choice");
        assertTrue(robot.lookup("#gan-settings #param-lr-g").queryAs(TextField.class).isVisible());
        double lrD = onFx(() -> gan().draftProperty().get().lrD());
        robot.interact(() -> gan().accept(org.generativa.gan.GanConfig.HYPERPARAMETERS.stream()
                .filter(h -> h.key().equals("lr-d")).findFirst().orElseThrow(), 0.05));
        assertEquals(lrD, onFx(() -> gan().draftProperty().get().lrD()), "what the student cannot see stays as set");
        robot.interact(() -> gan().restrict(java.util.List.of(), java.util.List.of()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#gan-settings #param-lr-d").queryAs(TextField.class).isVisible());
        assertTrue(robot.lookup("#gan-settings #loss-choice").query().getParent().getParent().isVisible(), "shown again");
        assertTrue(robot.lookup("#gan-settings #optimizer-choice").query().getParent().isVisible());
    }

    @Test
    void anExerciseFromTheMenuLocksItsControlsAndTicksItsStepsOffAsTheRunTrains(FxRobot robot) throws Exception {
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        robot.interact(() -> gan().selectModel(org.generativa.gan.GanModelKind.WGAN));
        robot.interact(() -> shell.window().openExercise(org.generativa.exercise.BuiltInExercises.find("vanilla-gan-digits")));
        await(60, () -> robot.lookup("#exercise-panel").query().isVisible());
        assertEquals(org.generativa.gan.GanModelKind.GAN, onFx(() -> gan().draftProperty().get().model()));
        assertTrue(robot.lookup("#gan-settings #model-choice").query().isDisabled(), "the exercise locks the model");
        robot.interact(() -> gan().selectModel(org.generativa.gan.GanModelKind.DCGAN));
        assertEquals(org.generativa.gan.GanModelKind.GAN, onFx(() -> gan().draftProperty().get().model()), "even for the view model");
        assertEquals("Step 1 of 3", robot.lookup("#exercise-step-header").queryLabeled().getText());
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        click(robot, "#play-button");
        await(120, () -> "Step 3 of 3".equals(onFx(() -> robot.lookup("#exercise-step-header").queryLabeled().getText())));
        click(robot, "#play-button");
        click(robot, "#exercise-choice-0");
        click(robot, "#exercise-next");
        assertEquals("Every step done.", robot.lookup("#exercise-step-header").queryLabeled().getText());
        Path report = handIns.resolve("practica1-ana.html");
        java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> shell.window().exerciseModel().handIn("Ana <Pérez>", report, said::add, said::add));
        await(60, () -> !said.isEmpty());
        assertTrue(said.get(0).startsWith("Report saved"), said.get(0));
        String html = Files.readString(report);
        assertTrue(html.contains("Ana &lt;Pérez&gt;"), "the student's name");
        assertTrue(html.contains("passed at training step"), "the checks that passed");
        assertTrue(html.contains("D cannot tell G&#39;s samples from real digits better than a coin")
                && html.contains(">right<"), "the answer, marked");
        assertTrue(html.contains("src=\"data:image/png;base64,"), "the samples, embedded");
        assertTrue(html.contains("<svg"), "the charts");
        assertTrue(Files.size(report.resolveSibling("practica1-ana.genrun")) > 1000, "the run beside it");
        click(robot, "#exercise-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#exercise-panel").query().isVisible());
        assertFalse(robot.lookup("#gan-settings #model-choice").query().isDisabled(), "closing gives the model back");
    }

    @Test
    void choosingAModelShowsItsOwnSettingsAndPinningKeepsARunAcrossReset(FxRobot robot) throws Exception {
        GanTab tab = shell.window().familyTab(GanTab.class);
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        assertTrue(robot.lookup("#gan-settings #param-smoothing").tryQuery().isPresent(), "label smoothing for a cross-entropy loss");
        assertFalse(robot.lookup("#gan-settings #param-clip").tryQuery().isPresent());

        robot.interact(() -> gan().selectModel(org.generativa.gan.GanModelKind.WGAN));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#gan-settings #param-clip").tryQuery().isPresent(), "WGAN shows its clipping bound");
        assertFalse(robot.lookup("#gan-settings #param-smoothing").tryQuery().isPresent(), "no targets to smooth in a Wasserstein loss");
        assertFalse(robot.lookup("#gan-settings #loss-choice").queryAs(javafx.scene.control.ComboBox.class).isVisible());
        assertEquals("0.01", robot.lookup("#gan-settings #param-clip").queryAs(TextField.class).getText());
        assertEquals(org.generativa.gan.GanOptimizer.RMSPROP,
                robot.lookup("#gan-settings #optimizer-choice").queryAs(javafx.scene.control.ComboBox.class).getValue());
        assertFalse(robot.lookup("#gan-settings #param-beta1").tryQuery().isPresent(), "no betas without Adam");

        robot.interact(() -> gan().selectModel(org.generativa.gan.GanModelKind.GAN));
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        click(robot, "#play-button");
        await(60, () -> tab.lossChart().pointCount(0) >= 20);
        click(robot, "#play-button");
        await(10, () -> gan().statusProperty().get().state() == EngineState.PAUSED);
        String tp = robot.lookup("#confusion-tp").queryLabeled().getText();
        assertTrue(tp.endsWith("%"), "the confusion matrix shows shares while training: " + tp);

        click(robot, "#gan-live #pin-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> tab.lossChart().hasPinned()));
        click(robot, "#reset-button");
        await(30, () -> tab.lossChart().pointCount(0) == 0);
        assertTrue(onFx(() -> tab.lossChart().hasPinned()), "the pinned run survives a reset");
        assertEquals("–", robot.lookup("#confusion-tp").queryLabeled().getText(), "a new run starts with an empty matrix");
        click(robot, "#gan-live #pin-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> tab.lossChart().hasPinned()));
    }

    @Test
    void onTheBuiltInDigitsClassCoverageIsMeasuredWithoutAskingAndANewRunForgetsIt(FxRobot robot) throws Exception {
        GanTab tab = shell.window().familyTab(GanTab.class);
        await(60, () -> gan().statusProperty().get().state() == EngineState.READY);
        click(robot, "#play-button");
        await(60, () -> robot.lookup("#gan-live #class-histogram").tryQuery().isPresent()
                && robot.lookup("#gan-live #class-histogram").queryAs(javafx.scene.chart.BarChart.class).getData().size() == 1);
        await(30, () -> onFx(() -> robot.lookup("#gan-live #d-features").query().isVisible()));
        click(robot, "#play-button");
        javafx.scene.chart.BarChart<?, ?> bars = robot.lookup("#gan-live #class-histogram").queryAs(javafx.scene.chart.BarChart.class);
        assertEquals(10, (int) onFx(() -> bars.getData().get(0).getData().size()), "one bar per digit");
        assertTrue(robot.lookup("#gan-live #measure-coverage").tryQuery().isEmpty(), "nothing to press: it measured by itself");
        await(10, () -> gan().statusProperty().get().state() == EngineState.PAUSED);
        click(robot, "#reset-button");
        await(30, () -> tab.lossChart().pointCount(0) == 0);
        assertTrue(onFx(() -> bars.getData().isEmpty()), "a new run starts without the old run's class bars");
    }
}
