package org.generativa.cli;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ColorMode;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.data.GaussianMixture2D;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanLoss;
import org.generativa.metrics.ModeCoverage;
import org.generativa.nn.Backend;
import org.generativa.train.HeadlessRun;
import org.generativa.train.Hyperparameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains a model headless and writes a run directory. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trains a model without the window and writes config.json, metrics.csv, samples.png "
                + "and a checkpoint into the output directory.")
final class TrainCommand implements Callable<Integer> {

    private static final int MODE_SAMPLES = 2500;

    @Option(names = "--model", required = true, description = "Model to train: gan.")
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

    @Option(names = "--batch", description = "Batch size.")
    private String batch;

    @Option(names = "--lr", description = "Learning rate of both players.")
    private String lr;

    @Option(names = "--lr-g", description = "Generator learning rate.")
    private String lrG;

    @Option(names = "--lr-d", description = "Discriminator learning rate.")
    private String lrD;

    @Option(names = "--beta1", description = "Adam beta1.")
    private String beta1;

    @Option(names = "--latent", description = "Latent (noise) size.")
    private String latent;

    @Option(names = "--hidden", description = "Hidden layer width.")
    private String hidden;

    @Option(names = "--d-steps", description = "Discriminator steps per generator step.")
    private String dSteps;

    @Option(names = "--loss", description = "GAN loss: minimax or non-saturating (default).")
    private String loss;

    @Option(names = "--seed", description = "Random seed.")
    private String seed;

    @Option(names = "--threads", description = "PyTorch intra-op threads.")
    private String threads;

    @Option(names = "--out", description = "Run directory (default: runs/<model>-<dataset>-<time>).")
    private Path out;

    @Option(names = "--json", description = "Make the last line of output one JSON object of final metrics.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!GanConfig.MODEL.equals(model)) {
            throw new InvalidInputException("Unknown model '" + model + "': choose gan.");
        }
        if (steps < 1) {
            throw new InvalidInputException("--steps must be at least 1, not " + steps + ".");
        }
        DataSpec source = new DataSpec(dataset, imageSize, ColorMode.fromCliName(color));
        Dataset probe = DatasetLoader.open(source, 0);
        GanConfig config = configure(GanConfig.defaultsFor(source, probe.kind()));
        Path directory = out != null ? out : Path.of("runs", model + "-" + Path.of(dataset).getFileName() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        var console = spec.commandLine().getOut();

        Engine engine = Backend.load(config.threads());
        try (NDManager root = engine.newBaseManager();
                GanExperiment experiment = new GanExperiment(root, DatasetLoader.open(source, config.seed()), config)) {
            directory.toFile().mkdirs();
            Json.PRETTY.writeValue(directory.resolve("config.json").toFile(), config);
            HeadlessRun.Summary summary = HeadlessRun.run(experiment, steps, directory, line -> {
                console.println(line);
                console.flush();
            });
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("model", model);
            result.put("dataset", dataset);
            result.put("steps", summary.steps());
            result.put("seconds", round(summary.seconds()));
            result.put("steps_per_second", round(summary.steps() / summary.seconds()));
            summary.finalMetrics().forEach((k, v) -> result.put(k, round(v)));
            if (experiment.dataset() instanceof GaussianMixture2D mixture) {
                ModeCoverage coverage = ModeCoverage.measure(experiment.sample(MODE_SAMPLES), mixture.modes(), mixture.sigma());
                result.put("modes_captured", coverage.modesCaptured());
                result.put("modes", coverage.modes());
                result.put("hq_fraction", round(coverage.highQualityFraction()));
                result.put("reverse_kl", round(coverage.reverseKl()));
                result.put("mean_mode_distance", round(coverage.meanDistanceToNearestMode()));
            }
            result.put("batch_ms", round(experiment.prefetcher().meanAssemblyMillis()));
            result.put("data_wait_ms", round(experiment.prefetcher().meanWaitMillis()));
            result.put("out", directory.toString());
            if (json) {
                console.println(Json.MAPPER.writeValueAsString(result));
            } else {
                console.println("Wrote " + directory + " (" + summary.steps() + " steps in "
                        + String.format(java.util.Locale.ROOT, "%.1f", summary.seconds()) + " s)");
            }
        }
        return 0;
    }

    private GanConfig configure(GanConfig config) {
        if (lr != null) {
            config = set(config, "lr-g", lr, "lr");
            config = set(config, "lr-d", lr, "lr");
        }
        config = set(config, "lr-g", lrG);
        config = set(config, "lr-d", lrD);
        config = set(config, "beta1", beta1);
        config = set(config, "batch", batch);
        config = set(config, "latent", latent);
        config = set(config, "hidden", hidden);
        config = set(config, "d-steps", dSteps);
        config = set(config, "seed", seed);
        config = set(config, "threads", threads);
        if (loss != null) {
            config = config.withLoss(GanLoss.fromCliName(loss));
        }
        return config;
    }

    private static GanConfig set(GanConfig config, String key, String text) {
        return set(config, key, text, key);
    }

    /** Sets {@code key} from the text the user gave to option {@code --option}, naming that option if refused. */
    private static GanConfig set(GanConfig config, String key, String text, String option) {
        if (text == null) {
            return config;
        }
        Hyperparameter<GanConfig> parameter = GanConfig.HYPERPARAMETERS.stream()
                .filter(h -> h.key().equals(key)).findFirst().orElseThrow();
        try {
            return parameter.with(config, parameter.parse(text));
        } catch (InvalidInputException e) {
            // The message starts with the parameter's key; name the option that was typed instead.
            throw new InvalidInputException("--" + option + e.getMessage().substring(key.length()));
        }
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : v;
    }
}
