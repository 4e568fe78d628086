package org.generativa.cli;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
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
import org.generativa.data.ImageSet;
import org.generativa.data.GaussianMixture2D;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ModeCoverage;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.metrics.SampleScore;
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

    @Option(names = "--no-quality", description = "Skip the reference classifier's scores (recognisable, class_kl, fid)"
            + " on labelled image data.")
    private boolean noQuality;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GanModelKind kind = GanModelKind.fromCliName(model);
        if (steps < 1) {
            throw new InvalidInputException("--steps must be at least 1, not " + steps + ".");
        }
        DataSpec source = new DataSpec(dataset, imageSize, ColorMode.fromCliName(color));
        Dataset data = DatasetLoader.forRun(source);
        GanConfig config = configure(GanConfig.defaultsFor(kind, source, data.kind()));
        Path directory = out != null ? out : Path.of("runs", model + "-" + Path.of(dataset).getFileName() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        var console = spec.commandLine().getOut();

        Engine engine = Backend.load(config.threads());
        // The classifier trains (or loads) before the GAN seeds the engine, so the GAN's run stays reproducible.
        try (ReferenceClassifier classifier = noQuality ? null : referenceClassifier(data, console);
                NDManager root = engine.newBaseManager();
                GanExperiment experiment = new GanExperiment(root, data, config)) {
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
            if (classifier != null) {
                putQuality(result, experiment, classifier);
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

    /** The cached reference classifier for labelled image data (trained on first use), or null. */
    private static ReferenceClassifier referenceClassifier(Dataset data, PrintWriter console) {
        if (!(data instanceof ImageSet images) || data.labelNames().size() < 2) {
            return null;
        }
        ClassifierCache cache = ClassifierCache.standard();
        try {
            return cache.load(images, ClassifierOptions.DEFAULT).orElseGet(() -> trained(cache, images, console));
        } catch (InvalidInputException e) {
            console.println("No sample-quality scores: " + e.getMessage());
            return null;
        }
    }

    private static ReferenceClassifier trained(ClassifierCache cache, ImageSet images, PrintWriter console) {
        console.println("Training the reference classifier for " + images.name() + " (cached for later runs)");
        console.flush();
        return cache.obtain(images, ClassifierOptions.DEFAULT, (step, total) -> {
            if (step == total || step % Math.max(1, total / 5) == 0) {
                console.println("classifier step " + step + "/" + total);
                console.flush();
            }
        }, () -> false);
    }

    /** Recognisable share, class histogram KL to uniform and classifier FID of 1,000 samples; cgan adds cond_accuracy. */
    private static void putQuality(Map<String, Object> result, GanExperiment experiment, ReferenceClassifier classifier) {
        int n = ReferenceClassifier.REFERENCE_IMAGES;
        int[] classes = experiment.config().model().conditional() ? evenClasses(n, classifier.dataset().labelNames().size()) : null;
        SampleScore score = classifier.score(experiment.sample(n, classes), n, classes);
        result.put("recognisable", round(score.recognisableFraction()));
        result.put("class_kl", round(score.klToUniform()));
        result.put("fid", round(score.frechetDistance()));
        if (classes != null) {
            result.put("cond_accuracy", round(score.condAccuracy()));
        }
        result.put("classifier_accuracy", round(classifier.info().heldOutAccuracy()));
    }

    private static int[] evenClasses(int count, int classes) {
        int[] asked = new int[count];
        for (int i = 0; i < count; i++) {
            asked[i] = i % classes;
        }
        return asked;
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

    /** Six decimals; undefined values (no recognisable sample, say) become JSON null. */
    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
    }
}
