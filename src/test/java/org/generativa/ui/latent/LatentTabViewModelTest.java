package org.generativa.ui.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanFamily;
import org.generativa.gan.GanModelKind;
import org.generativa.lab.LabExperiment;
import org.generativa.preview.ImageGrid;
import org.generativa.testing.EngineTest;
import org.generativa.testing.Tiny;
import org.generativa.train.FakeSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The latent explorer's view model without a window: a stand-in session runs a small real generator on this
 * thread, the slider previews decode on their own thread, and this thread plays the JavaFX thread.
 */
class LatentTabViewModelTest extends EngineTest {

    private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
    private FakeSession<GanConfig> session;

    @AfterEach
    void stopSession() {
        if (session != null) {
            session.stop(1, TimeUnit.SECONDS);
        }
    }

    private LatentTabViewModel explorerOf(GanConfig config) {
        session = new FakeSession<>(root, GanFamily.INSTANCE.factory());
        session.build(config);
        LatentSource source = new LatentSource(() -> "GAN", session, GanFamily.INSTANCE, false);
        LatentTabViewModel model = new LatentTabViewModel(List.of(source), uiThread::add);
        model.explore(source);
        return model;
    }

    /** Runs what other threads hand to the UI until {@code done} holds. */
    private void runUiUntil(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            Runnable update = uiThread.poll(100, TimeUnit.MILLISECONDS);
            if (update != null) {
                update.run();
            }
            assertTrue(System.nanoTime() < deadline, "waited 30 s");
        }
    }

    @Test
    void exploringAGeneratorReadsItsCodeSizeAndDecodesAPriorSample() throws Exception {
        LatentTabViewModel model = explorerOf(Tiny.gan(GanModelKind.DCGAN, "digits"));
        runUiUntil(() -> model.infoProperty().get() != null && model.decodedProperty().get() != null);
        LatentInfo info = model.infoProperty().get();
        assertEquals(4, info.latentSize());
        assertFalse(info.hasEncoder(), "a generator cannot encode");
        assertEquals(4, model.codeProperty().get().length);
        ImageGrid picture = model.decodedProperty().get();
        assertEquals(28, picture.cellSize(), "one 28×28 digit");
        assertNull(model.problemProperty().get());
    }

    @Test
    void movingASliderChangesThatDimensionAloneAndDecodesAgain() throws Exception {
        LatentTabViewModel model = explorerOf(Tiny.gan(GanModelKind.DCGAN, "digits"));
        runUiUntil(() -> model.decodedProperty().get() != null);
        float[] before = model.codeProperty().get().clone();
        ImageGrid first = model.decodedProperty().get();
        model.setDimension(2, 2.5);
        float[] after = model.codeProperty().get();
        assertEquals(2.5f, after[2]);
        for (int j : new int[] {0, 1, 3}) {
            assertEquals(before[j], after[j], "dimension " + j + " stays");
        }
        runUiUntil(() -> model.decodedProperty().get() != first);
        assertFalse(Arrays.equals(first.bgra(), model.decodedProperty().get().bgra()), "another code, another picture");
    }

    @Test
    void aResetWithAnotherCodeSizeIsReadAgain() throws Exception {
        LatentTabViewModel model = explorerOf(Tiny.gan(GanModelKind.GAN, "digits"));
        runUiUntil(() -> model.infoProperty().get() != null);
        assertEquals(4, model.infoProperty().get().latentSize());
        session.reset(Tiny.gan(GanModelKind.GAN, "digits").withLatentSize(6));
        runUiUntil(() -> model.infoProperty().get().latentSize() == 6);
        assertEquals(6, model.codeProperty().get().length, "the sliders follow the new model");
    }

    @Test
    void aModelWithoutALatentSpaceSaysSoInOneSentence() throws Exception {
        session = new FakeSession<>(root, LabExperiment.factory());
        session.build(Tiny.gan(GanModelKind.GAN, "ring8"));
        LatentSource source = new LatentSource(() -> "Lab run", session, GanFamily.INSTANCE, false);
        LatentTabViewModel model = new LatentTabViewModel(List.of(source), uiThread::add);
        model.explore(source);
        runUiUntil(() -> model.problemProperty().get() != null);
        assertEquals("Lab run has no latent space to explore.", model.problemProperty().get());
        assertNull(model.infoProperty().get());
        assertNotNull(model.sourceProperty().get());
    }
}
