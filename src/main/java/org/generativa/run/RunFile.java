package org.generativa.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.generativa.common.InvalidInputException;
import org.generativa.family.ModelFamily;
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
        Path folder = Files.createTempDirectory("generativa-save");
        try {
            RunCheckpoint.write(folder, config, experiment);
            metrics.write(folder.resolve(RunArchive.METRICS));
            RunArchive.write(folder, RunArchive.Manifest.of(family.id(), experiment.steps()), file);
        } finally {
            delete(folder);
        }
    }

    /** Unpacks {@code file} into {@code into} and checks it; any problem is one sentence naming the file. */
    public static Opened open(Path file, Path into) {
        RunArchive.Manifest manifest = RunArchive.extract(file, into);
        RunCheckpoint checkpoint;
        try {
            checkpoint = RunCheckpoint.read(into);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(e, "archive.incomplete", file.getFileName(), e);
        }
        Path metrics = into.resolve(RunArchive.METRICS);
        return new Opened(checkpoint, Files.isRegularFile(metrics) ? RecordedMetrics.read(metrics) : RecordedMetrics.NONE,
                manifest);
    }

    static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
