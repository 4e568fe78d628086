package org.generativa.cli;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
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
import org.generativa.gan.GanModelKind;
import org.generativa.metrics.ModeCoverage;
import org.generativa.nn.Backend;
import org.generativa.train.HeadlessRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Trains a model headless and writes a run directory. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false, modelTransformer = HyperparameterOptions.class,
        description = "Trains a model without the window and writes config.json, metrics.csv, samples.png "
                + "and a checkpoint into the output directory.")
final class TrainCommand implements Callable<Integer> {

    private static final int MODE_SAMPLES = 2500;

    @Option(names = "--model", required = true, description = "Model to train: gan, dcgan, cgan, wgan or wgan-gp.")
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

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate of both players (--lr-g and --lr-d override it).")
    private String lr;

    @Option(names = "--loss", description = "GAN loss for gan, dcgan and cgan: non-saturating (default), minimax, lsgan or hinge.")
    private String loss;

    @Option(names = "--minibatch-std", description = "Give D the minibatch standard deviation feature.")
    private boolean minibatchStd;

    @Option(names = "--out", description = "Run directory (default: runs/<model>-<dataset>-<time>).")
    private Path out;

    @Option(names = "--json", description = "Make the last line of output one JSON object of final metrics.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GanModelKind kind = GanModelKind.fromCliName(model);
        if (steps < 1) {
            throw new InvalidInputException("--steps must be at least 1, not " + steps + ".");
        }
        DataSpec source = new DataSpec(dataset, imageSize, ColorMode.fromCliName(color));
        Dataset probe = DatasetLoader.open(source, 0);
        GanConfig config = configure(GanConfig.defaultsFor(kind, source, probe.kind()));
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
                        + String.format(Locale.ROOT, "%.1f", summary.seconds()) + " s)");
            }
        }
        return 0;
    }

    private GanConfig configure(GanConfig config) {
        if (lr != null) {
            config = HyperparameterOptions.set(config, HyperparameterOptions.named("lr-g"), lr, "--lr");
            config = HyperparameterOptions.set(config, HyperparameterOptions.named("lr-d"), lr, "--lr");
        }
        config = HyperparameterOptions.apply(spec, config);
        if (loss != null) {
            if (config.model().wasserstein()) {
                throw new InvalidInputException(config.model().cliName() + " uses the Wasserstein loss; --loss applies to gan,"
                        + " dcgan and cgan.");
            }
            GanLoss chosen = GanLoss.fromCliName(loss);
            if (!GanLoss.CHOICES.contains(chosen)) {
                throw new InvalidInputException("--loss " + loss + " is for the WGAN models: choose non-saturating, minimax,"
                        + " lsgan or hinge.");
            }
            config = config.withLoss(chosen);
        }
        if (minibatchStd) {
            config = config.withTricks(config.tricks().withMinibatchStd(true));
        }
        return config;
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : v;
    }
}
