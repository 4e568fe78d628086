package org.generativa.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.generativa.autoencoder.AeVariant;
import org.generativa.train.EngineState;
import org.generativa.train.SessionStatus;
import org.generativa.ui.ae.AeTab;
import org.generativa.ui.ae.AeTabViewModel;
import org.generativa.ui.common.I18n;
import org.generativa.ui.gan.GanTabViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class AeTabUiTest extends ShellTest {

    @Start
    void start(Stage stage) throws Exception {
        openShell(stage);
    }

    private AeTabViewModel ae() {
        return shell.window().familyModel(AeTabViewModel.class);
    }

    /** Present, and neither it nor any of its parents hidden. */
    private boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    @Test
    void aVaeTrainsLiveWithPriorSamplesAndKlPerDimension(FxRobot robot) throws Exception {
        click(robot, "Autoencoders");
        await(60, () -> ae().statusProperty().get().state() == EngineState.READY);
        AeTab tab = shell.window().familyTab(AeTab.class);
        long before = onFx(() -> tab.live().reconstructions().updates());
        click(robot, "#play-button");
        await(60, () -> tab.live().lossChart().pointCount(0) >= 30 && tab.live().reconstructions().updates() > before + 2);
        await(30, () -> !robot.lookup("#ae-insight-caption").queryLabeled().getText().isEmpty());
        String caption = robot.lookup("#ae-insight-caption").queryLabeled().getText();
        assertTrue(caption.contains("active"), caption);
        assertTrue(shown(robot, "#prior-samples"), "a VAE shows samples from its prior");
        click(robot, "#play-button");
        await(10, () -> ae().statusProperty().get().state() == EngineState.PAUSED);
        assertFalse(onFx(() -> shell.window().familyModel(GanTabViewModel.class).playingProperty().get()), "the GAN tab stays paused");
    }

    @Test
    void eachVariantShowsItsOwnChoices(FxRobot robot) throws Exception {
        click(robot, "Autoencoders");
        await(60, () -> ae().statusProperty().get().state() == EngineState.READY);
        assertTrue(shown(robot, "#ae-settings #likelihood-choice"));
        assertFalse(shown(robot, "#ae-settings #corruption-choice"));

        robot.interact(() -> ae().selectVariant(AeVariant.DENOISING_AE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#ae-settings #corruption-choice"), "denoising chooses its corruption");
        assertTrue(robot.lookup("#ae-settings #param-noise").tryQuery().isPresent());
        await(30, () -> shown(robot, "#prior-samples")
                && I18n.get("ae.features").equals(robot.lookup("#ae-side-title").queryLabeled().getText()));
        // a denoising autoencoder has no prior to sample: beside its reconstructions it draws its first layer's weights

        robot.interact(() -> ae().selectVariant(AeVariant.SPARSE_AE));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#ae-settings #sparsity-choice"));
        assertTrue(robot.lookup("#ae-settings #param-rho").tryQuery().isPresent());
        assertEquals(AeVariant.SPARSE_AE, onFx(() -> ae().draftProperty().get().variant()));
    }

    @Test
    void aRunThatDivergesSaysWhyInFullAboveTheViewUntilItIsReset(FxRobot robot) throws Exception {
        click(robot, "Autoencoders");
        await(60, () -> ae().statusProperty().get().state() == EngineState.READY);
        assertFalse(shown(robot, "#training-problem"), "nothing to say yet");
        robot.interact(() -> ae().applyExerciseSettings(Map.of("likelihood", "gaussian", "lr", "1", "threads", "1")));
        await(60, () -> ae().statusProperty().get().state() == EngineState.READY);
        click(robot, "#play-button");
        await(60, () -> ae().statusProperty().get().message() != null);
        SessionStatus status = ae().statusProperty().get();
        assertEquals(EngineState.PAUSED, status.state());
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#training-problem").queryAs(Label.class);
        assertTrue(shown(robot, "#training-problem"));
        String sentence = onFx(() -> I18n.of(ae().statusProperty().get().message()));
        assertEquals(sentence, problem.getText());
        assertTrue(sentence.contains("lower it from 1 to 0.1"), sentence);
        String drawn = onFx(() -> problem.lookupAll(".text").stream().map(n -> ((Text) n).getText()).findFirst().orElse(""));
        assertEquals(sentence, drawn.replace("\n", " ").replaceAll(" +", " ").strip(), "wrapped, never cut short");

        robot.interact(() -> ae().reset());
        await(60, () -> ae().statusProperty().get().state() == EngineState.READY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#training-problem"), "a fresh model has nothing to report");
    }
}
