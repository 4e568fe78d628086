package org.generativa.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.generativa.common.InvalidInputException;
import org.generativa.common.TempFolders;
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
    /** The folder each tab's opened run was unpacked into: its weights are read again on Reset. */
    private final Map<FamilyTabModel<?>, Path> unpackedRuns = new HashMap<>();

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

    /**
     * Opens {@code file} in its family's tab. Unpacking, loading its data and trying its weights happen on a thread of
     * their own, so the window never waits; only a run that opens changes the tab. A problem is one sentence naming the
     * file, and the current run stays as it was.
     */
    void open(Path file) {
        notice.accept(I18n.format("run.opening", file.getFileName()));
        Thread worker = new Thread(() -> {
            Path unpacked = null;
            try {
                unpacked = TempFolders.create("generativa-run");
                Opening opening = prepare(file, unpacked);
                Platform.runLater(() -> finish(opening));
            } catch (InvalidInputException e) {
                TempFolders.release(unpacked);
                Platform.runLater(() -> showProblem(I18n.error(e)));
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                TempFolders.release(unpacked);
                Platform.runLater(() -> showProblem(I18n.format("run.openFailed", file, I18n.error(e))));
            }
        }, "generativa-open-run");
        worker.setDaemon(true);
        worker.start();
    }

    private record Opening(Path file, Path unpacked, RunFile.Opened opened, FamilyTabModel<?> tab, DataKind kind) {}

    private Opening prepare(Path file, Path unpacked) {
        RunFile.Opened opened = RunFile.open(file, unpacked);
        FamilyTabModel<?> tab = families.stream().filter(f -> f.opens(opened)).findFirst().orElseThrow(
                () -> new InvalidInputException(I18n.format("run.noTab", file.getFileName())));
        DataKind kind = kindOf(datasetOf(opened.checkpoint()), file);
        RunFile.checkWeights(opened, unpacked, file);
        return new Opening(file, unpacked, opened, tab, kind);
    }

    private void finish(Opening opening) {
        FamilyTabModel<?> tab = opening.tab();
        tab.openRun(opening.opened(), opening.kind());
        Path before = unpackedRuns.put(tab, opening.unpacked());
        if (before != null) {
            TempFolders.release(before);
        }
        show.accept(tab);
        notice.accept(I18n.format("run.opened", opening.file().getFileName()));
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
