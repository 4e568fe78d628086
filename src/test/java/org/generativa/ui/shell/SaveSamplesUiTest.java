package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.stage.Stage;
import org.generativa.lab.ToyFrame;
import org.generativa.preview.PointCloud;
import org.generativa.preview.Preview;
import org.generativa.train.EngineState;
import org.generativa.ui.ae.AeTab;
import org.generativa.ui.lab.LabRunViewModel;
import org.generativa.ui.lab.LabTabViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** File › Save Samples (Ctrl+S) writes what the tab in front shows, whichever tab was in front before. */
class SaveSamplesUiTest extends ShellTest {

    @Start
    void start(Stage stage) throws Exception {
        openShell(stage);
    }

    @Test
    void eachTabSavesItsOwnSamples(FxRobot robot) throws Exception {
        AeTab ae = shell.window().familyTab(AeTab.class);
        click(robot, "Autoencoders");
        await(60, () -> ae.lastPreview() != null);
        assertSame(onFx(ae::lastPreview), onFx(() -> shell.window().samplesToSave().orElseThrow()));

        click(robot, "Mode-collapse lab");
        LabTabViewModel lab = shell.window().labTab().model();
        await(60, () -> lab.runs().size() == 1 && lab.statusProperty().get().state() == EngineState.READY
                && lab.runs().get(0).frameProperty().get() != null);
        LabRunViewModel run = onFx(() -> lab.runs().get(0));
        ToyFrame frame = onFx(() -> run.frameProperty().get());
        Preview saved = onFx(() -> shell.window().samplesToSave().orElseThrow());
        assertNotSame(onFx(ae::lastPreview), saved, "not the autoencoder tab's samples");
        PointCloud cloud = assertInstanceOf(PointCloud.class, saved, "the lab's 2-D samples");
        assertArrayEquals(frame.real(), cloud.real());
        assertArrayEquals(frame.fake(), cloud.generated());
    }
}
