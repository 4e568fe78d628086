package org.generativa.ui.exercise;

import java.io.File;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.ProblemAlert;
import org.generativa.ui.common.UserFolders;

/** File › Export Report… and the panel's Hand in…: asks the student's name and where to write, then hands in. */
public final class HandInDialog {

    private static String lastName = "";

    private HandInDialog() {}

    /** {@code notice} gets the sentence naming the files written (the status bar); a problem shows in an alert. */
    public static void show(Window owner, ExercisePanelViewModel model, Consumer<String> notice) {
        if (model.progress() == null) {
            ProblemAlert.show(owner, I18n.get("menu.file.exportReport.none"));
            return;
        }
        TextInputDialog ask = new TextInputDialog(lastName);
        ask.initOwner(owner);
        ask.setTitle(I18n.get("report.nameTitle"));
        ask.setHeaderText(null);
        ask.setContentText(I18n.get("report.namePrompt"));
        ask.getEditor().setId("hand-in-name");
        Optional<String> name = ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
        if (name.isEmpty()) {
            return;
        }
        lastName = name.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("report.nameTitle"));
        chooser.setInitialDirectory(UserFolders.saves().toFile());
        chooser.setInitialFileName(fileName(model.progress().exercise().id(), name.get()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("report.fileType"), "*.html"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path report = file.toPath();
        if (!report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
            report = report.resolveSibling(report.getFileName() + ".html");
        }
        model.handIn(name.get(), report, notice, text -> ProblemAlert.show(owner, text));
    }

    /** "vanilla-gan-digits-ana-maria.html": the exercise and the student, safe on every file system. */
    static String fileName(String exercise, String student) {
        String who = Normalizer.normalize(student, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return exercise + (who.isEmpty() ? "" : "-" + who) + ".html";
    }
}
