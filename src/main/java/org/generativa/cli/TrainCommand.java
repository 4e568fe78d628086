package org.generativa.cli;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.generativa.common.AtomicFiles;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ColorMode;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.data.ImageFolderDataset;
import org.generativa.data.ImageSet;
import org.generativa.data.SkippedFile;
import org.generativa.family.ModelFamily;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.models.BundledModels;
import org.generativa.nn.Backend;
import org.generativa.run.ModelFamilies;
import org.generativa.run.RunArchive;
import org.generativa.run.RunCheckpoint;
import org.generativa.train.CleanStop;
import org.generativa.train.Experiment;
import org.generativa.train.HeadlessRun;
import org.generativa.train.RunFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains a model headless and writes a run directory. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = SettingOptions.class,
        description = "Trains a model without the window and writes config.json, metrics.csv, samples.png, "
                + "features.png (the first layer's weights, on images) and a checkpoint into the output directory.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, completionCandidates = ModelNames.class,
            description = "Model to train: ${COMPLETION-CANDIDATES}. A setting below that the model does not have is"
                    + " refused by name.")
    private String model;

    @Option(names = "--dataset", required = true,
            description = "A built-in dataset (see 'datasets'), or the path of IDX files or of an image folder.")
    private String dataset;

    @Option(names = "--image-size", defaultValue = "32",
            description = "Side in pixels that image-folder images are cropped and resized to: 28, 32 or 64 (default: ${DEFAULT-VALUE}).")
    private int imageSize;

    @Option(names = "--color", defaultValue = "auto",
            description = "Colour of image-folder images: auto, gray or rgb (default: ${DEFAULT-VALUE}).")
    private String color;

    @Option(names = "--steps", defaultValue = "1000", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    private long steps;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Stop after this many seconds of training (wall clock), then write the outputs as usual; without"
                    + " --steps there is no step limit. \"Train for two minutes\": --time-limit 120.")
    private Double timeLimit;

    @Option(names = "--out", description = "Run directory (default: runs/<model>-<dataset>-<time>).")
    private Path out;

    @Option(names = "--overwrite", description = "Replace the run already in --out (without it, such a folder is refused).")
    private boolean overwrite;

    @Option(names = "--json", description = "Make the last line of output one JSON object of final metrics.")
    private boolean json;

    @Option(names = "--no-quality", description = "Skip the reference classifier's scores on labelled image data.")
    private boolean noQuality;

    /** A week: more is a typing mistake. */
    private static final double MAX_TIME_LIMIT = 7 * 24 * 3600;
    /** How many skipped files the command line names before it counts the rest. */
    private static final int SKIPPED_SHOWN = 10;
    private static final Logger LOG = LoggerFactory.getLogger(TrainCommand.class);

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (steps < 1) {
            throw new InvalidInputException("--steps must be at least 1, not " + steps + ".");
        }
        if (timeLimit != null && !(timeLimit > 0 && timeLimit <= MAX_TIME_LIMIT)) {
            throw new InvalidInputException("--time-limit must be more than 0 and at most " + (long) MAX_TIME_LIMIT
                    + " seconds (a week), not " + timeLimit + ".");
        }
        ModelFamily<?> family = ModelFamilies.ofModelOrRefuse(model);
        DataSpec source = new DataSpec(dataset, imageSize, ColorMode.fromCliName(color));
        Dataset data = DatasetLoader.forRun(source);
        if (data instanceof ImageFolderDataset folder) {
            sayWhatWasSkipped(folder, spec.commandLine().getOut());
        }
        return run(family, source, data);
    }

    private <C> int run(ModelFamily<C> family, DataSpec source, Dataset data) throws Exception {
        C config = family.configure(model, source, data.kind(), SettingOptions.given(spec));
        Path directory = out != null ? out : Path.of("runs", model + "-" + Path.of(dataset).getFileName() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        PrintWriter console = spec.commandLine().getOut();
        // Before the engine loads and any classifier trains: a folder that cannot take the run is said at once.
        try (RunFolder folder = RunFolder.claim(directory, overwrite)) {
            if (folder.cleaned() != null) {
                console.println("Removed " + folder.cleaned() + ", the unfinished run a stopped training had left beside "
                        + directory + ".");
            }
            CleanStop stop = CleanStop.install(() -> stopped(directory, folder));
            try {
                train(family, config, data, directory, folder, stop, console);
            } catch (InvalidInputException e) {
                Path metrics = folder.unfinished().resolve(RunArchive.METRICS);
                if (measuredSteps(metrics)) {
                    console.println("The metrics measured until then are in " + metrics + " until the next run into "
                            + directory + ".");
                }
                throw e;
            } finally {
                stop.uninstall();
            }
        }
        return 0;
    }

    private <C> void train(ModelFamily<C> family, C config, Dataset data, Path directory, RunFolder folder, CleanStop stop,
            PrintWriter console) throws Exception {
        Engine engine = Backend.load(family.threads(config));
        // The classifier trains (or loads) before the model seeds the engine, so the run stays reproducible.
        try (ReferenceClassifier classifier = noQuality || !family.wantsClassifier(config) ? null : referenceClassifier(data, console);
                NDManager root = engine.newBaseManager();
                Experiment<C> experiment = family.create(root, data, config)) {
            family.notices(experiment).forEach(console::println);
            Path staging = folder.prepare();
            byte[] configJson = Json.PRETTY.writeValueAsBytes(config);
            AtomicFiles.write(staging.resolve(RunCheckpoint.CONFIG_FILE), file -> file.write(configJson));
            boolean stepsGiven = spec.commandLine().getParseResult().hasMatchedOption("--steps");
            HeadlessRun.Budget budget = timeLimit == null ? HeadlessRun.Budget.steps(steps)
                    : new HeadlessRun.Budget(stepsGiven ? steps : Long.MAX_VALUE, timeLimit);
            HeadlessRun.Summary summary = HeadlessRun.run(experiment, budget, staging, line -> {
                console.println(line);
                console.flush();
            }, stop);
            folder.commit();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("model", model);
            result.put("dataset", dataset);
            result.put("steps", summary.steps());
            result.put("seconds", round(summary.seconds()));
            result.put("steps_per_second", round(summary.steps() / summary.seconds()));
            summary.finalMetrics().forEach((k, v) -> result.put(k, round(v)));
            family.results(experiment, classifier).forEach((k, v) -> result.put(k, v instanceof Double d ? round(d) : v));
            result.put("out", directory.toString());
            if (json) {
                console.println(Json.MAPPER.writeValueAsString(result));
            } else {
                console.println("Wrote " + directory + " (" + summary.steps() + " steps in "
                        + String.format(Locale.ROOT, "%.1f", summary.seconds()) + " s)");
            }
        }
    }

    /** Every file of an image folder that was not used, and why; the first few by name. */
    static void sayWhatWasSkipped(ImageFolderDataset folder, PrintWriter console) {
        List<SkippedFile> skipped = folder.skipped();
        if (skipped.isEmpty()) {
            return;
        }
        console.println("Skipped " + skipped.size() + " of the " + folder.filesFound() + " image files in " + folder.name() + ":");
        skipped.stream().limit(SKIPPED_SHOWN).forEach(file -> console.println("  " + file.sentence().in(Locale.ROOT)));
        if (skipped.size() > SKIPPED_SHOWN) {
            console.println("  … and " + (skipped.size() - SKIPPED_SHOWN) + " more (the log lists them all)");
            skipped.stream().skip(SKIPPED_SHOWN).forEach(file -> LOG.info("Skipped: {}", file.sentence().in(Locale.ROOT)));
        }
    }

    /** Whether a stopped run's metrics hold a step beyond their header. */
    private static boolean measuredSteps(Path metrics) {
        try (Stream<String> lines = Files.lines(metrics)) {
            return lines.limit(2).count() > 1;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The line a stopped run leaves on stderr, from the shutdown: what was kept. */
    private void stopped(Path directory, RunFolder folder) {
        PrintWriter err = spec.commandLine().getErr();
        if (folder.committed()) {
            err.println("generativa: stopped after the run was written to " + directory + ".");
        } else {
            err.println("generativa: stopped before the run was complete; " + directory
                    + (Files.exists(folder.folder()) ? " still holds the previous run" : " was not written")
                    + ", and the metrics measured so far are in " + folder.unfinished().resolve(RunArchive.METRICS) + ".");
        }
        err.flush();
    }

    /** Every family's model names, for --model's help and shell completion. */
    static final class ModelNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ModelFamilies.modelNames().iterator();
        }
    }

    /** The cached reference classifier for labelled image data (trained on first use), or null. */
    private static ReferenceClassifier referenceClassifier(Dataset data, PrintWriter console) {
        if (!(data instanceof ImageSet images) || data.labelNames().size() < 2) {
            return null;
        }
        ClassifierCache cache = ClassifierCache.standard(BundledModels.classifiers());
        try {
            return cache.load(images, ClassifierOptions.DEFAULT).orElseGet(() -> trainedClassifier(cache, images, ClassifierOptions.DEFAULT, console));
        } catch (InvalidInputException e) {
            console.println("No sample-quality scores: " + e.getMessage());
            return null;
        }
    }

    static ReferenceClassifier trainedClassifier(ClassifierCache cache, ImageSet images, ClassifierOptions options,
            PrintWriter console) {
        console.println("Training the " + (options.blurred() ? "attribute" : "reference") + " classifier for " + images.name()
                + " (cached for later runs)");
        console.flush();
        return cache.obtain(images, options, (step, total) -> {
            if (step == total || step % Math.max(1, total / 5) == 0) {
                console.println("classifier step " + step + "/" + total);
                console.flush();
            }
        }, () -> false);
    }

    /** Six decimals; undefined values (no recognisable sample, say) become JSON null. */
    static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
    }
}
