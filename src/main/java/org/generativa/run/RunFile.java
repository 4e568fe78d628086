package org.generativa.run;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.generativa.common.Checksums;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;
import org.generativa.common.TempFolders;
import org.generativa.family.ModelFamily;
import org.generativa.nn.Backend;
import org.generativa.train.Experiment;
import org.generativa.train.RecordedMetrics;

/** Saving a run (settings, weights, step and metric history) into one file, and opening such a file again. */
public final class RunFile {

    /** A run file unpacked: the run folder to rebuild the model from, its metrics and its manifest. */
    public record Opened(RunCheckpoint<?> checkpoint, RecordedMetrics metrics, RunArchive.Manifest manifest) {}

    private RunFile() {}

    /** Writes the run of {@code family} into {@code file}. Runs on the engine thread that owns {@code experiment}. */
    public static <C> void save(ModelFamily<C> family, Experiment<C> experiment, C config, RecordedMetrics metrics, Path file)
            throws IOException {
        Path folder = TempFolders.create("generativa-save");
        try {
            Path run = folder.resolve("run");
            RunCheckpoint.write(run, config, experiment);
            metrics.write(run.resolve(RunArchive.METRICS));
            RunArchive.write(run, RunArchive.Manifest.of(family.id(), experiment.steps()), file);
        } finally {
            TempFolders.release(folder);
        }
    }

    /**
     * Unpacks {@code file} into {@code into} and checks it, its weights' checksums included; any problem is one
     * sentence naming the file (never the temporary folder it was unpacked into).
     */
    public static Opened open(Path file, Path into) {
        RunArchive.Manifest manifest = RunArchive.extract(file, into);
        RunCheckpoint<?> checkpoint;
        try {
            checkpoint = RunCheckpoint.read(into);
            Checksums.verify(into.resolve(RunCheckpoint.CHECKPOINT_FOLDER));
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(e, "archive.incomplete", file.getFileName(), inside(e, into, file));
        }
        Path metrics = into.resolve(RunArchive.METRICS);
        return new Opened(checkpoint, Files.isRegularFile(metrics) ? RecordedMetrics.read(metrics) : RecordedMetrics.NONE,
                manifest);
    }

    /**
     * Builds the opened run's model once and loads its weights into it, then lets it go: so weights that do not fit
     * are found before anything of the current run changes. Names {@code file}, not the folder it was unpacked into.
     */
    public static void checkWeights(Opened opened, Path into, Path file) {
        try (NDManager manager = Engine.getEngine(Backend.ENGINE).newBaseManager();
                Experiment<?> experiment = opened.checkpoint().open(manager)) {
            experiment.steps();
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(e, "checkpoint.refused", file.getFileName(), inside(e, into, file));
        }
    }

    /** {@code problem} with the paths inside the unpacked folder {@code into} written as inside {@code file}. */
    public static Sentence inside(Sentence problem, Path into, Path file) {
        String unpacked = into.toString();
        return language -> problem.in(language).replace(unpacked, String.valueOf(file.getFileName()));
    }
}
