package org.generativa.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.generativa.data.ColorMode;
import org.generativa.data.DataSpec;
import org.generativa.data.download.DatasetCache;
import org.generativa.data.download.DatasetCatalog;
import org.generativa.data.download.DatasetDownloader;
import org.generativa.testing.ImageFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset picker's view model without a window: the test thread plays the JavaFX thread, running what the
 * loading thread hands over, in order.
 */
class DatasetPickerViewModelTest {

    @TempDir
    Path dir;

    private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
    private Preferences preferences;
    private DatasetPickerViewModel model;

    @BeforeEach
    void clearPreferences() throws Exception {
        preferences = Preferences.userRoot().node("org/generativa/test-picker-model");
        preferences.clear();
    }

    @AfterEach
    void dispose() {
        if (model != null) {
            model.dispose();
        }
    }

    private DatasetPickerViewModel open(DataSpec current) {
        return new DatasetPickerViewModel(preferences, current, DatasetCatalog.standard(),
                new DatasetDownloader(new DatasetCache(dir.resolve("cache"))), uiThread::add);
    }

    /** Runs what the loading thread hands over until the picker is idle. */
    private void awaitIdle(DatasetPickerViewModel picker) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (picker.busyProperty().get() || !uiThread.isEmpty()) {
            Runnable update = uiThread.poll(100, TimeUnit.MILLISECONDS);
            if (update != null) {
                update.run();
            }
            assertTrue(System.nanoTime() < deadline, "the picker is still busy after 30 s");
        }
    }

    @Test
    void aBuiltInSetShowsItsFactsAndCanBeUsed() throws Exception {
        model = open(DataSpec.of("digits"));
        assertTrue(model.busyProperty().get(), "loading starts at once, off this thread");
        assertFalse(model.canUse());
        awaitIdle(model);
        assertEquals(60_000, model.summaryProperty().get().size().getAsInt());
        assertArrayEquals(new int[] {1, 28, 28}, model.summaryProperty().get().itemShape());
        assertEquals(10, model.summaryProperty().get().classCounts().length);
        assertTrue(model.canUse());
    }

    @Test
    void onlyTheNewestSelectionIsShownWhenAnEarlierOneFinishesLater() throws Exception {
        model = open(DataSpec.of("digits"));
        model.select(new DatasetChoice(DataSpec.of("ring8"), DatasetChoice.Origin.BUILT_IN));
        awaitIdle(model);
        assertEquals("ring8", model.summaryProperty().get().name(), "the digits that finished meanwhile are dropped");
        assertEquals(DataSpec.of("ring8"), model.selectedProperty().get().spec());
    }

    @Test
    void anImportedFolderIsSelectedListsItsSkippedFilesAndIsRememberedNextTime() throws Exception {
        model = open(DataSpec.of("ring8"));
        awaitIdle(model);
        Path folder = ImageFolders.shapes(dir);
        model.importSizeProperty().set(28);
        model.importColorProperty().set(ColorMode.RGB);
        model.importPath(folder);
        awaitIdle(model);
        assertNull(model.errorProperty().get());
        assertEquals(5, model.summaryProperty().get().size().getAsInt());
        assertEquals("3×28×28", model.summaryProperty().get().shapeText());
        assertEquals(List.of("even", "odd"), model.summaryProperty().get().labelNames());
        assertEquals(1, model.skippedProperty().get().size(), "the broken file is listed");
        DataSpec imported = new DataSpec(folder.toAbsolutePath().toString(), 28, ColorMode.RGB);
        assertEquals(new DatasetChoice(imported, DatasetChoice.Origin.IMPORTED), model.selectedProperty().get());
        assertTrue(model.canUse());

        DatasetPickerViewModel again = open(DataSpec.of("ring8"));
        try {
            assertTrue(again.choices().contains(new DatasetChoice(imported, DatasetChoice.Origin.IMPORTED)),
                    "recent imports are listed the next time");
            awaitIdle(again);
        } finally {
            again.dispose();
        }
    }

    @Test
    void aBadFileIsOneSentenceAndChangesNothingElse() throws Exception {
        model = open(DataSpec.of("digits"));
        awaitIdle(model);
        int choicesBefore = model.choices().size();
        DatasetChoice selectedBefore = model.selectedProperty().get();
        Path bad = Files.writeString(dir.resolve("train-images-idx3-ubyte"), "not really idx");
        model.importPath(bad);
        awaitIdle(model);
        String error = model.errorProperty().get();
        assertNotNull(error);
        assertTrue(error.startsWith(bad.toAbsolutePath() + " is not an IDX file"), error);
        assertEquals(1, error.lines().count(), "one sentence");
        assertFalse(model.canUse());
        assertEquals(choicesBefore, model.choices().size(), "a file that failed is not added to the list");
        assertEquals(selectedBefore, model.selectedProperty().get());
    }
}
