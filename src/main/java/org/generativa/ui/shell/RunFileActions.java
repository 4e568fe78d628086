package org.generativa.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.run.RunArchive;
import org.generativa.run.RunCheckpoint;
import org.generativa.run.RunFile;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.ProblemAlert;
import org.generativa.ui.common.SavableRun;
import org.generativa.ui.common.UserFolders;
import org.generativa.ui.family.FamilyTabModel;

/** File > Save run… and Open run…: one file per run, to hand in or to open on another machine. */
final class RunFileActions {

    private final Stage stage;
    private final List<FamilyTabModel<?>> families;
    private final Consumer<FamilyTabModel<?>> show;
    private Consumer<String> notice = text -> { };

    /**
     * @param families the tabs that continue runs, one per model family
     * @param show brings the family tab that opened a run to the front
     */
    RunFileActions(Stage stage, List<FamilyTabModel<?>> families, Consumer<FamilyTabModel<?>> show) {
        this.stage = stage;
        this.families = List.copyOf(families);
        this.show = show;
    }

    /** Where a short confirmation goes once a file is written (the status bar). */
    void setNotice(Consumer<String> notice) {
        this.notice = notice;
    }

    void save(SavableRun run) {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(run.suggestedFileName());
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path path = file.toPath();
            if (!path.getFileName().toString().endsWith("." + RunArchive.EXTENSION)) {
                path = path.resolveSibling(path.getFileName() + "." + RunArchive.EXTENSION);
            }
            run.saveRun(path, saved -> notice.accept(I18n.format("run.saved", saved.getFileName(), saved.getParent())),
                    this::showProblem);
        }
    }

    void open() {
        File file = chooser().showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Opens {@code file} in its family's tab; a problem is shown in one sentence and the current run stays. */
    void open(Path file) {
        try {
            RunFile.Opened opened = RunFile.open(file, Files.createTempDirectory("generativa-run"));
            FamilyTabModel<?> tab = families.stream().filter(f -> f.opens(opened)).findFirst().orElseThrow(
                    () -> new InvalidInputException(I18n.format("run.noTab", file.getFileName())));
            tab.openRun(opened, kindOf(datasetOf(opened.checkpoint()), file));
            show.accept(tab);
        } catch (InvalidInputException e) {
            showProblem(I18n.error(e));
        } catch (IOException e) {
            showProblem(I18n.format("run.openFailed", file, I18n.error(e)));
        }
    }

    private static <C> DataSpec datasetOf(RunCheckpoint<C> run) {
        return run.family().dataset(run.config());
    }

    private static DataKind kindOf(DataSpec dataset, Path file) {
        try {
            return DatasetLoader.forRun(dataset).kind();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(I18n.format("run.dataMissing", file.getFileName(), I18n.error(e)), e);
        }
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialDirectory(UserFolders.saves().toFile());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("run.fileType"), "*." + RunArchive.EXTENSION));
        return chooser;
    }

    private void showProblem(String text) {
        ProblemAlert.show(stage, text);
    }
}
