package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.data.ImageSet;
import org.generativa.family.LatentModel;
import org.generativa.family.ModelFamily;
import org.generativa.latent.AttributeJudge;
import org.generativa.latent.CodePool;
import org.generativa.latent.ConceptArithmetic;
import org.generativa.latent.Pictures;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.models.BundledModels;
import org.generativa.nn.Backend;
import org.generativa.preview.ImageGrid;
import org.generativa.preview.PreviewPng;
import org.generativa.run.ModelFamilies;
import org.generativa.run.RunCheckpoint;
import org.generativa.train.Experiment;
import org.generativa.train.StepKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Latent arithmetic on averaged codes of concepts, judged by an attribute classifier over many equations. */
@Command(name = "arithmetic", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Latent arithmetic as Practica 4 does it: (with --add, without --keep) - (without either) + (with --keep,"
                + " without --add), each operand the mean code of --average images of that concept, should decode to a face"
                + " with both. Codes come from encoding held-out images (autoencoders) or from samples an attribute classifier"
                + " labels (GANs); the same classifier, trained on the faces' known attributes, judges every result.")
final class ArithmeticCommand implements Callable<Integer> {

    private static final int TRAINING_THREADS = 2;

    @Option(names = "--run", description = "A run folder to explore (train --out, or a bundled model such as models/vae-faces)"
            + " instead of training one.")
    private Path run;

    @Option(names = "--model", defaultValue = "vae", description = "The model to train when no --run is given (default: ${DEFAULT-VALUE}).")
    private String model;

    @Option(names = "--dataset", defaultValue = "faces", description = "Images with known attributes (default: ${DEFAULT-VALUE}).")
    private String dataset;

    @Option(names = "--steps", defaultValue = "3000", description = "Training steps when no --run is given (default: ${DEFAULT-VALUE}).")
    private long steps;

    @Option(names = "--add", defaultValue = "smile", description = "The attribute A has and B lacks (default: ${DEFAULT-VALUE}).")
    private String added;

    @Option(names = "--keep", defaultValue = "beard", description = "The attribute C has and A and B lack (default: ${DEFAULT-VALUE}).")
    private String kept;

    @Option(names = "--average", defaultValue = "3", description = "Codes averaged per operand (default: ${DEFAULT-VALUE}).")
    private int average;

    @Option(names = "--triples", defaultValue = "20", description = "Equations solved, each on freshly drawn codes (default: ${DEFAULT-VALUE}).")
    private int triples;

    @Option(names = "--pool", defaultValue = "2000",
            description = "Held-out images encoded, or generated samples judged, to draw codes from (default: ${DEFAULT-VALUE}).")
    private int pool;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of training and of the codes drawn (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--picture", description = "Write the first 8 equations as a PNG: rows of A, B, C and the result.")
    private Path picture;

    @Option(names = "--json", description = "Make the last line of output one JSON object of the results.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (average < 1 || triples < 1 || pool < 1 || steps < 0) {
            throw new InvalidInputException("--average, --triples and --pool must be at least 1 and --steps at least 0, not "
                    + average + ", " + triples + ", " + pool + " and " + steps + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        RunCheckpoint<?> checkpoint = run == null ? null : RunCheckpoint.read(run);
        ModelFamily<?> family = checkpoint != null ? checkpoint.family() : ModelFamilies.ofModelOrRefuse(model);
        DataSpec source = checkpoint != null ? datasetOf(checkpoint) : DataSpec.of(dataset);
        Dataset data = DatasetLoader.forRun(source);
        if (!(data instanceof ImageSet images)) {
            throw new InvalidInputException(data.name() + " holds no images: arithmetic on concepts needs images with known attributes.");
        }
        if (images.factors().isEmpty()) {
            throw InvalidInputException.of("latent.judge.noFactors", images.name());
        }
        int add = ConceptArithmetic.factorNamed(images.factors(), added, images.name());
        int keep = ConceptArithmetic.factorNamed(images.factors(), kept, images.name());
        if (add == keep) {
            throw InvalidInputException.of("latent.arithmetic.sameFactor", added);
        }
        ClassifierCache cache = ClassifierCache.standard(BundledModels.classifiers());
        ConceptArithmetic.Result result;
        String modelName;
        boolean judged;
        try (NDManager root = Backend.load(threadsOf(checkpoint)).newBaseManager();
                ReferenceClassifier classifier = cache.load(images, ClassifierOptions.BLURRED)
                        .orElseGet(() -> TrainCommand.trainedClassifier(cache, images, ClassifierOptions.BLURRED, out));
                Experiment<?> experiment = checkpoint != null ? checkpoint.open(root) : trained(family, root, data, source, out)) {
            AttributeJudge judge = AttributeJudge.of(classifier);
            LatentModel latent = latentOf(family, experiment);
            modelName = nameOf(family, experiment);
            CodePool codes = latent.hasEncoder() ? CodePool.encoded(latent, pool) : CodePool.judged(latent, judge, pool, seed);
            result = ConceptArithmetic.run(latent, codes, judge, ConceptArithmetic.Equation.transfer(add, keep), average, triples, seed);
            judged = codes.judged();
            if (picture != null) {
                ImageGrid grid = Pictures.grid(images, result.pictures(), result.pictured() * 4, 4);
                PreviewPng.write(grid, picture);
            }
        }
        out.println(String.format(Locale.ROOT, "%s: (%s, no %s) - (no %s, no %s) + (%s, no %s), means of %d codes from %s"
                + " (%d, %d and %d to draw from).", modelName, added, kept, added, kept, kept, added, average,
                judged ? "generated samples labelled by the attribute classifier" : "encoded held-out images",
                result.conceptSizes()[0], result.conceptSizes()[1], result.conceptSizes()[2]));
        out.println(String.format(Locale.ROOT, "%d of %d results show %s and %s (%.0f%%); %s alone: %d, %s kept: %d;"
                + " C decoded without the equation: %d.", result.hits(), triples, added, kept, 100 * result.share(), added,
                result.addedHits(), kept, result.keptHits(), result.controlHits()));
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("model", modelName);
            map.put("dataset", images.name());
            map.put("run", run == null ? null : run.toString());
            map.put("steps", run == null ? steps : null);
            map.put("add", added);
            map.put("keep", kept);
            map.put("average", average);
            map.put("triples", triples);
            map.put("codes_from", judged ? "judged_samples" : "encoded_images");
            map.put("concept_sizes", result.conceptSizes());
            map.put("share", TrainCommand.round(result.share()));
            map.put("hits", result.hits());
            map.put("added_hits", result.addedHits());
            map.put("kept_hits", result.keptHits());
            map.put("unjudged", result.unjudged());
            map.put("ceiling", TrainCommand.round(result.ceiling()));
            map.put("control_share", TrainCommand.round(result.controlShare()));
            map.put("seed", seed);
            map.put("seconds", TrainCommand.round((System.nanoTime() - started) / 1e9));
            out.println(Json.MAPPER.writeValueAsString(map));
        }
        return 0;
    }

    private static <C> DataSpec datasetOf(RunCheckpoint<C> checkpoint) {
        return checkpoint.family().dataset(checkpoint.config());
    }

    private static int threadsOf(RunCheckpoint<?> checkpoint) {
        return checkpoint == null ? TRAINING_THREADS : threadsOfRun(checkpoint);
    }

    private static <C> int threadsOfRun(RunCheckpoint<C> checkpoint) {
        return checkpoint.family().threads(checkpoint.config());
    }

    private <C> Experiment<C> trained(ModelFamily<C> family, NDManager root, Dataset data, DataSpec source, PrintWriter out) {
        C config = family.configure(model, source, data.kind(), Map.of("seed", String.valueOf(seed)));
        Experiment<C> experiment = family.create(root, data, config);
        for (long i = 0; i < steps; i++) {
            experiment.step(StepKind.BOTH);
            if ((i + 1) % 500 == 0) {
                out.println("step " + (i + 1) + "/" + steps);
                out.flush();
            }
        }
        return experiment;
    }

    @SuppressWarnings("unchecked")
    private static <C> LatentModel latentOf(ModelFamily<C> family, Experiment<?> experiment) {
        return family.latentModel((Experiment<C>) experiment).orElseThrow(
                () -> new InvalidInputException("This model has no latent space to do arithmetic in."));
    }

    @SuppressWarnings("unchecked")
    private static <C> String nameOf(ModelFamily<C> family, Experiment<?> experiment) {
        return family.modelName(((Experiment<C>) experiment).config());
    }
}
