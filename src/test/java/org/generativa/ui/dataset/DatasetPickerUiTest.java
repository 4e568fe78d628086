package org.generativa.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.generativa.data.ColorMode;
import org.generativa.data.DataSpec;
import org.generativa.testing.ImageFolders;
import org.generativa.ui.common.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DatasetPickerUiTest {

    @TempDir
    Path dir;

    private Stage owner;
    private final AtomicReference<DataSpec> used = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 200, 200));
        stage.show();
    }

    private DatasetPickerViewModel open(DataSpec current) throws Exception {
        Preferences preferences = Preferences.userRoot().node("org/generativa/test-picker");
        preferences.clear();
        return WaitForAsyncUtils.asyncFx(() -> {
            DatasetPickerViewModel model = new DatasetPickerViewModel(preferences, current);
            Appearance appearance = new Appearance(preferences);
            new DatasetPicker(owner, model, appearance, (spec, kind) -> used.set(spec)).show();
            return model;
        }).get();
    }

    private static <T> T fx(Callable<T> callable) throws Exception {
        return WaitForAsyncUtils.asyncFx(callable).get();
    }

    private static void awaitIdle(DatasetPickerViewModel model) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !model.busyProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }


    @Test
    void aBuiltInSetShowsItsFactsAndCanBeUsed(FxRobot robot) throws Exception {
        DatasetPickerViewModel model = open(DataSpec.of("digits"));
        awaitIdle(model);
        assertEquals("60,000", robot.lookup("#fact-items").queryAs(Label.class).getText());
        assertEquals("28×28", robot.lookup("#fact-shape").queryAs(Label.class).getText());
        assertEquals(10, fx(() -> model.summaryProperty().get().classCounts().length));
        robot.clickOn("#use-dataset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DataSpec.of("digits"), used.get());
    }

    @Test
    void anImportedFolderListsItsSkippedFilesAndBecomesUsable(FxRobot robot) throws Exception {
        DatasetPickerViewModel model = open(DataSpec.of("ring8"));
        awaitIdle(model);
        Path folder = ImageFolders.shapes(dir);
        robot.interact(() -> {
            model.importSizeProperty().set(28);
            model.importColorProperty().set(ColorMode.RGB);
            model.importPath(folder);
        });
        awaitIdle(model);
        assertNull(fx(() -> model.errorProperty().get()));
        assertEquals("5", robot.lookup("#fact-items").queryAs(Label.class).getText());
        assertEquals("3×28×28", robot.lookup("#fact-shape").queryAs(Label.class).getText());
        assertEquals("even, odd", robot.lookup("#fact-classes").queryAs(Label.class).getText());
        assertEquals(1, (int) fx(() -> model.skippedProperty().get().size()));
        assertTrue(robot.lookup("#picker-skipped").queryLabeled().isVisible());
        assertEquals(DatasetChoice.Origin.IMPORTED, fx(() -> model.selectedProperty().get().origin()));
        robot.clickOn("#use-dataset");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new DataSpec(folder.toAbsolutePath().toString(), 28, ColorMode.RGB), used.get());
    }

    @Test
    void aBadFileIsOneSentenceAndNothingCanBeUsed(FxRobot robot) throws Exception {
        DatasetPickerViewModel model = open(DataSpec.of("digits"));
        awaitIdle(model);
        int choicesBefore = fx(() -> model.choices().size());
        Path bad = Files.writeString(dir.resolve("train-images-idx3-ubyte"), "not really idx");
        robot.interact(() -> model.importPath(bad));
        awaitIdle(model);
        String error = robot.lookup("#picker-error").queryLabeled().getText();
        assertTrue(error.startsWith(bad.toAbsolutePath() + " is not an IDX file"), error);
        assertTrue(robot.lookup("#use-dataset").queryButton().isDisabled());
        assertEquals(choicesBefore, (int) fx(() -> model.choices().size()), "a file that failed is not added to the list");
        assertNull(used.get(), "nothing was chosen");
    }
}
