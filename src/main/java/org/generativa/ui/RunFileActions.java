package org.generativa.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.generativa.autoencoder.AeConfig;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.gan.GanConfig;
import org.generativa.latent.RunFile;
import org.generativa.train.RunArchive;

/** File > Save run… and Open run…: one file per run, to hand in or to open on another machine. */
final class RunFileActions {

    private final Stage stage;
    private final GanTabViewModel gan;
    private final AeTabViewModel ae;
    private final Consumer<FamilyTabModel<?>> show;

    /** @param show brings the family tab that opened a run to the front */
    RunFileActions(Stage stage, GanTabViewModel gan, AeTabViewModel ae, Consumer<FamilyTabModel<?>> show) {
        this.stage = stage;
        this.gan = gan;
        this.ae = ae;
        this.show = show;
    }

    void save(FamilyTabModel<?> family) {
        FileChooser chooser = chooser();
        chooser.setInitialFileName(suggestedName(family));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path path = file.toPath();
            if (!path.getFileName().toString().endsWith("." + RunArchive.EXTENSION)) {
                path = path.resolveSibling(path.getFileName() + "." + RunArchive.EXTENSION);
            }
            family.saveRun(path, this::showProblem);
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
            Object config = opened.checkpoint().config();
            if (config instanceof GanConfig g) {
                gan.openRun(opened, GanConfig.class, kindOf(g.dataset(), file));
                show.accept(gan);
            } else {
                ae.openRun(opened, AeConfig.class, kindOf(((AeConfig) config).dataset(), file));
                show.accept(ae);
            }
        } catch (InvalidInputException e) {
            showProblem(e.getMessage());
        } catch (IOException e) {
            showProblem(I18n.format("run.openFailed", file, e.getMessage()));
        }
    }

    private static DataKind kindOf(DataSpec dataset, Path file) {
        try {
            return DatasetLoader.forRun(dataset).kind();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(I18n.format("run.dataMissing", file.getFileName(), e.getMessage()), e);
        }
    }

    private static String suggestedName(FamilyTabModel<?> family) {
        Object config = family.draftProperty().get();
        String model = config instanceof GanConfig g ? g.model().cliName() : ((AeConfig) config).variant().cliName();
        String data = config instanceof GanConfig g ? g.dataset().source() : ((AeConfig) config).dataset().source();
        String name = model + "-" + Path.of(data).getFileName() + "-step" + family.statusProperty().get().step();
        return name.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT) + "." + RunArchive.EXTENSION;
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("run.fileType"), "*." + RunArchive.EXTENSION));
        return chooser;
    }

    private void showProblem(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(stage);
        alert.setTitle(I18n.get("error.title"));
        alert.setHeaderText(null);
        alert.show();
    }
}
