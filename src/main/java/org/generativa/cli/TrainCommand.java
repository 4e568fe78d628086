package org.generativa.cli;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeVariant;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ColorMode;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.data.ImageSet;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanModelKind;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.nn.Backend;
import org.generativa.train.Experiment;
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

    @Option(names = "--model", required = true,
            description = "Model to train: gan, dcgan, cgan, wgan, wgan-gp (GANs); ae, stacked-ae, conv-ae, denoising-ae,"
                    + " sparse-ae, contractive-ae, robust-ae, vae, conv-vae, aae (autoencoders).")
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

    @Option(names = "--loss", description = "GAN loss for gan, dcgan and cgan: non-saturating (default), minimax, lsgan or hinge.")
    private String loss;

    @Option(names = "--minibatch-std", description = "GANs: give D the minibatch standard deviation feature.")
    private boolean minibatchStd;

    @Option(names = "--corruption", description = "denoising-ae: gaussian, masking or salt-and-pepper.")
    private String corruption;

    @Option(names = "--sparsity", description = "sparse-ae: l1 or kl.")
    private String sparsity;

    @Option(names = "--likelihood", description = "vae, conv-vae: bernoulli or gaussian.")
    private String likelihood;

    @Option(names = "--prior", description = "aae: gaussian or mixture (8 Gaussians on a ring, 2-D codes).")
    private String prior;

    @Option(names = "--tied", description = "ae, denoising-ae, sparse-ae, contractive-ae: the decoder uses the encoder's weights transposed.")
    private boolean tied;

    @Option(names = "--linear", description = "ae: no nonlinearities (with squared error it learns the PCA subspace).")
    private boolean linear;

    @Option(names = "--out", description = "Run directory (default: runs/<model>-<dataset>-<time>).")
    private Path out;

    @Option(names = "--json", description = "Make the last line of output one JSON object of final metrics.")
    private boolean json;

    @Option(names = "--no-quality", description = "Skip the reference classifier's scores on labelled image data.")
    private boolean noQuality;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (steps < 1) {
            throw new InvalidInputException("--steps must be at least 1, not " + steps + ".");
        }
        DataSpec source = new DataSpec(dataset, imageSize, ColorMode.fromCliName(color));
        Dataset data = DatasetLoader.forRun(source);
        return run(target(source, data), data);
    }

    private RunTarget<?> target(DataSpec source, Dataset data) {
        boolean gan = Arrays.stream(GanModelKind.values()).anyMatch(k -> k.cliName().equals(model));
        boolean ae = Arrays.stream(AeVariant.values()).anyMatch(v -> v.cliName().equals(model));
        if (!gan && !ae) {
            throw new InvalidInputException("Unknown model '" + model + "': choose "
                    + Stream.concat(Arrays.stream(GanModelKind.values()).map(GanModelKind::cliName),
                            Arrays.stream(AeVariant.values()).map(AeVariant::cliName)).collect(Collectors.joining(", ")) + ".");
        }
        if (gan) {
            return new GanRun(GanModelKind.fromCliName(model), source, data, spec, loss, minibatchStd);
        }
        return new AeRun(AeVariant.fromCliName(model), source, data, spec,
                new AeRun.Choices(corruption, sparsity, likelihood, prior, tied, linear));
    }

    private <C> int run(RunTarget<C> target, Dataset data) throws Exception {
        Path directory = out != null ? out : Path.of("runs", model + "-" + Path.of(dataset).getFileName() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        PrintWriter console = spec.commandLine().getOut();
        Engine engine = Backend.load(threadsOf(target.config()));
        // The classifier trains (or loads) before the model seeds the engine, so the run stays reproducible.
        try (ReferenceClassifier classifier = noQuality || !target.wantsClassifier(data) ? null : referenceClassifier(data, console);
                NDManager root = engine.newBaseManager();
                Experiment<C> experiment = target.create(root, data)) {
            target.notices(experiment).forEach(console::println);
            directory.toFile().mkdirs();
            Json.PRETTY.writeValue(directory.resolve("config.json").toFile(), target.config());
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
            target.addResults(result, experiment, classifier);
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

    private static int threadsOf(Object config) {
        return config instanceof GanConfig g ? g.threads() : ((AeConfig) config).threads();
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

    /** Six decimals; undefined values (no recognisable sample, say) become JSON null. */
    static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
    }
}
