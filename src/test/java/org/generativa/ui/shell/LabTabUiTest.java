package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.stage.Stage;
import org.generativa.lab.LabPreset;
import org.generativa.lab.ToyFrame;
import org.generativa.train.EngineState;
import org.generativa.ui.common.I18n;
import org.generativa.ui.lab.LabRunViewModel;
import org.generativa.ui.lab.LabTabViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class LabTabUiTest extends ShellTest {

    @Start
    void start(Stage stage) throws Exception {
        openShell(stage);
    }

    private LabTabViewModel lab() {
        return shell.window().labTab().model();
    }

    private LabRunViewModel first() throws Exception {
        return onFx(() -> lab().runs().get(0));
    }

    private ToyFrame frameAt(LabRunViewModel run, long step) throws Exception {
        await(30, () -> run.frameProperty().get() != null && run.frameProperty().get().step() == step);
        return onFx(() -> run.frameProperty().get());
    }

    @Test
    void stepsMoveOnlyThePlayerTheyNameAndSlowMotionWalksThroughOneUpdate(FxRobot robot) throws Exception {
        click(robot, "Mode-collapse lab");
        await(60, () -> lab().runs().size() == 1 && lab().statusProperty().get().state() == EngineState.READY);
        LabRunViewModel run = first();
        ToyFrame start = frameAt(run, 0);

        click(robot, "#step-button .arrow-button");
        click(robot, I18n.get("toolbar.step.d"));
        ToyFrame afterD = frameAt(run, 1);
        assertArrayEquals(start.fake(), afterD.fake(), "a D step leaves G's points where they were");
        assertFalse(Arrays.equals(start.heat(), afterD.heat()), "a D step changes D's output");

        click(robot, "#step-button .arrow-button");
        click(robot, I18n.get("toolbar.step.g"));
        ToyFrame afterG = frameAt(run, 2);
        assertArrayEquals(afterD.heat(), afterG.heat(), "a G step leaves D's output as it was");
        assertFalse(Arrays.equals(afterD.fake(), afterG.fake()), "a G step moves G's points");

        click(robot, "#step-button");
        frameAt(run, 3);

        String[] captions = new String[4];
        for (int part = 0; part < 4; part++) {
            click(robot, "#lab-next-part");
            captions[part] = robot.lookup("#lab-caption").queryLabeled().getText();
        }
        assertTrue(captions[0].startsWith("1 of 4"), captions[0]);
        assertTrue(captions[1].startsWith("2 of 4"), captions[1]);
        assertTrue(captions[2].startsWith("3 of 4"), captions[2]);
        assertTrue(captions[3].startsWith("4 of 4"), captions[3]);
        ToyFrame walked = frameAt(run, 5);
        assertEquals(LabTabViewModel.Part.G_UPDATE, onFx(() -> lab().partProperty().get()));
        assertTrue(onFx(() -> lab().slowMotionProperty().get()));
        assertFalse(Arrays.equals(afterG.fake(), walked.fake()), "the walk ended with G's update");

        click(robot, "#play-button");
        assertFalse(onFx(() -> lab().slowMotionProperty().get()), "Play leaves slow motion");
        long paints = onFx(() -> shell.window().labTab().panels().get(0).canvas().paints());
        long t0 = System.nanoTime();
        await(60, () -> lab().statusProperty().get().step() >= 300);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long painted = onFx(() -> shell.window().labTab().panels().get(0).canvas().paints()) - paints;
        System.out.printf("lab canvas: %.1f frames/s while training (%d frames in %.1f s)%n", painted / seconds, painted, seconds);
        click(robot, "#play-button");
    }

    @Test
    void aCureAddedBesideStartsTogetherWithTheCollapseAndBothTrain(FxRobot robot) throws Exception {
        click(robot, "Mode-collapse lab");
        await(60, () -> lab().runs().size() == 1 && lab().statusProperty().get().state() == EngineState.READY);
        String explanation = robot.lookup("#lab-explanation").queryLabeled().getText();
        assertEquals(I18n.get("lab.preset.collapse.about"), explanation);
        click(robot, "#play-button");
        await(30, () -> lab().statusProperty().get().step() >= 100);

        click(robot, I18n.get("lab.preset.wgan-gp"));
        assertEquals(I18n.get("lab.preset.wgan-gp.about"), robot.lookup("#lab-explanation").queryLabeled().getText());
        click(robot, "#lab-add-beside");
        assertEquals(2, (int) onFx(() -> lab().runs().size()));
        assertEquals(LabPreset.WGAN_GP, onFx(() -> lab().runs().get(1).preset()));
        assertFalse(onFx(() -> lab().playingProperty().get()), "adding a run waits for Play");
        await(30, () -> lab().runs().stream().allMatch(r -> r.statusProperty().get().step() == 0
                && r.statusProperty().get().state() == EngineState.READY));
        assertEquals(lab().runs().get(0).configProperty().get().seed(), onFx(() -> lab().runs().get(1).configProperty().get().seed()));

        click(robot, "#play-button");
        await(60, () -> lab().runs().stream().allMatch(r -> r.frameProperty().get() != null
                && r.frameProperty().get().step() >= 50 && !r.history().isEmpty()));
        click(robot, "#play-button");
        assertEquals(2, (int) onFx(() -> shell.window().labTab().panels().size()));

        click(robot, "#lab-run-wgan-gp .button");
        assertEquals(1, (int) onFx(() -> lab().runs().size()), "the close button removes its run");
    }

    @Test
    void loadingTheOscillationSwitchesToItsSinglePointDataAndTrainsTheDiracGan(FxRobot robot) throws Exception {
        click(robot, "Mode-collapse lab");
        await(60, () -> lab().runs().size() == 1 && lab().statusProperty().get().state() == EngineState.READY);
        click(robot, I18n.get("lab.preset.oscillation"));
        click(robot, "#lab-load");
        assertEquals(1, (int) onFx(() -> lab().runs().size()));
        assertEquals(LabPreset.DIRAC, onFx(() -> robot.lookup("#lab-dataset").queryComboBox().getValue()),
                "the data list follows the preset");
        assertEquals(LabPreset.OSCILLATION.config(LabPreset.DIRAC, 1), onFx(() -> lab().runs().get(0).configProperty().get()));
        click(robot, "#play-button");
        await(60, () -> lab().runs().get(0).frameProperty().get() != null && lab().runs().get(0).frameProperty().get().step() >= 200);
        click(robot, "#play-button");
        ToyFrame frame = onFx(() -> lab().runs().get(0).frameProperty().get());
        assertEquals(1, frame.dimensions());
        float first = frame.fake()[0];
        for (float x : frame.fake()) {
            assertEquals(first, x, "G is one point whatever the noise");
        }
    }
}
