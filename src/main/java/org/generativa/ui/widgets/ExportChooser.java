package org.generativa.ui.widgets;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.generativa.common.AtomicFiles;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.UserFolders;

/** Asks where to save a file and writes it whole or not at all; a failure becomes one sentence naming the file. */
public final class ExportChooser {

    public interface Writer {
        void write(Path file) throws IOException;
    }

    private ExportChooser() {}

    public static void save(Node owner, String initialName, String extension, Writer writer, Consumer<String> problem) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialDirectory(UserFolders.saves().toFile());
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        if (file == null) {
            return;
        }
        Path path = file.toPath();
        try {
            AtomicFiles.writeVia(path, writer::write);
        } catch (IOException | RuntimeException e) {
            problem.accept(I18n.format("save.failed", path, I18n.error(e)));
        }
    }
}
