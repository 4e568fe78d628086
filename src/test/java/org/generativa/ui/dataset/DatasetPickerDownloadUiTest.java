package org.generativa.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.generativa.data.DataSpec;
import org.generativa.data.download.DatasetCache;
import org.generativa.data.download.DatasetCatalog;
import org.generativa.data.download.DatasetDownloader;
import org.generativa.data.download.FakeIdxSet;
import org.generativa.data.download.LoopbackServer;
import org.generativa.ui.common.Appearance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DatasetPickerDownloadUiTest {

    @TempDir
    Path dir;

    private Stage owner;
    private LoopbackServer server;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 200));
        stage.show();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static <T> T fx(Callable<T> callable) throws Exception {
        return WaitForAsyncUtils.asyncFx(callable).get();
    }

    private DatasetPickerViewModel open(DatasetCatalog catalog) throws Exception {
        Preferences preferences = Preferences.userRoot().node("org/generativa/test-download");
        preferences.clear();
        DatasetDownloader downloader = new DatasetDownloader(new DatasetCache(dir.resolve("cache")), Duration.ofSeconds(5));
        DatasetPickerViewModel model = fx(() -> {
            DatasetPickerViewModel m = new DatasetPickerViewModel(preferences, DataSpec.of("ring8"), catalog, downloader, Platform::runLater);
            new DatasetPicker(owner, m, new Appearance(preferences), (spec, kind) -> { }).show();
            return m;
        });
        DatasetChoice fake = fx(() -> model.choices().stream().filter(c -> c.origin() == DatasetChoice.Origin.DOWNLOAD)
                .findFirst().orElseThrow());
        WaitForAsyncUtils.asyncFx(() -> model.select(fake)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> model.downloadableProperty().get() != null));
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    @Test
    void aDownloadShowsProgressThenTheSet(FxRobot robot) throws Exception {
        server = new LoopbackServer();
        FakeIdxSet files = FakeIdxSet.create(40, 10, 7);
        files.serveUnder(server, "/good/");
        DatasetCatalog catalog = new DatasetCatalog(List.of(files.dataset("fake", server.url("/good/"), server.url("/mirror/"), true)));
        DatasetPickerViewModel model = open(catalog);
        assertTrue(robot.lookup("#download-dataset").tryQuery().isPresent(), "a download button instead of a preview");

        robot.clickOn("#download-dataset");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> fx(() -> model.summaryProperty().get() != null && !model.downloadingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("40", robot.lookup("#fact-items").queryAs(Label.class).getText(), "the training file is shown");
        assertEquals(1.0, fx(() -> model.downloadProgressProperty().get()), 1e-9);
        assertNull(fx(() -> model.errorProperty().get()));
        assertTrue(Files.isRegularFile(dir.resolve("cache/fake/train-images-idx3-ubyte.gz")));
        assertFalse(robot.lookup("#use-dataset").queryButton().isDisabled());
    }

    @Test
    void withoutNetworkTheMessageSaysHowToImportByHand(FxRobot robot) throws Exception {
        FakeIdxSet files = FakeIdxSet.create(4, 2, 1);
        DatasetCatalog catalog = new DatasetCatalog(List.of(files.dataset("fake",
                LoopbackServer.closedPortUrl("/a/"), LoopbackServer.closedPortUrl("/b/"), true)));
        DatasetPickerViewModel model = open(catalog);
        robot.clickOn("#download-dataset");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> model.errorProperty().get() != null));
        WaitForAsyncUtils.waitForFxEvents();
        String error = robot.lookup("#picker-error").queryLabeled().getText();
        assertTrue(error.contains("import it by hand") && error.contains("Import File"), error);
        assertTrue(robot.lookup("#use-dataset").queryButton().isDisabled());
        Path folder = dir.resolve("cache/fake");
        if (Files.isDirectory(folder)) {
            try (var left = Files.list(folder)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no partial file is kept");
            }
        }
    }
}
