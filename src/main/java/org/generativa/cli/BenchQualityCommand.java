package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.bench.BenchData;
import org.generativa.bench.BenchModel;
import org.generativa.bench.BenchStats;
import org.generativa.bench.OtherLoad;
import org.generativa.bench.PytorchPeer;
import org.generativa.bench.QualityRace;
import org.generativa.common.InvalidInputException;
import org.generativa.common.TempFolders;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.data.ImageSet;
import org.generativa.family.ModelFamily;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.models.BundledModels;
import org.generativa.nn.Backend;
import org.generativa.run.ModelFamilies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How soon each image model gives recognisable samples: the time a student waits, not steps per second. */
@Command(name = "quality", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trains each model for a wall-clock budget with the app's settings and scores its samples with the"
                + " reference classifier every few seconds of training (scoring not counted): recognisable, class KL,"
                + " FID, and for cgan the asked-class accuracy. Medians over the seeds, and the time to recognisable >= 0.8"
                + " with class KL <= 0.1.")
final class BenchQualityCommand implements Callable<Integer> {

    /** More than this many cores' worth of other processes' CPU during a run is reported. */
    private static final double SHARED_CORES = 0.2;

    @Option(names = "--models", split = ",", defaultValue = "gan,dcgan,cgan,wgan,wgan-gp,vae,conv-vae",
            description = "Models to race (default: ${DEFAULT-VALUE}).")
    private List<String> models;

    @Option(names = "--budget", defaultValue = "90", description = "Seconds of training per run (default: ${DEFAULT-VALUE}).")
    private double budget;

    @Option(names = "--every", defaultValue = "15", description = "Seconds of training between scores (default: ${DEFAULT-VALUE}).")
    private double every;

    @Option(names = "--seeds", defaultValue = "3", description = "Seeds per model, 1, 2, ... (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--threads", defaultValue = "2", description = "Intra-op threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--dataset", description = "Labelled IDX images or 'digits' (default: ../shared/datasets/mnist when"
            + " present, else digits).")
    private String dataset;

    @Option(names = "--set", description = "A setting for every raced model, as train takes it without its dashes:"
            + " --set lr=5e-4 --set g-average=0.99 (repeatable); to measure a recipe against the defaults.")
    private Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--peers", description = "Race the PyTorch peer of each model that has one too (gan, dcgan, wgan-gp, vae,"
            + " conv-vae), same budget and seeds; its samples are scored by the same classifier.")
    private boolean peers;

    @Option(names = "--scripts", defaultValue = "src/bench", description = "Folder of the peer scripts (default: ${DEFAULT-VALUE}).")
    private Path scripts;

    @Option(names = "--json", description = "Make the last line of output one JSON object: {\"models\": [...]}.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(budget > 0) || !(every > 0) || seeds < 1 || threads < 1 || threads > 64) {
            throw new InvalidInputException("--budget and --every must be more than 0 seconds, --seeds at least 1, --threads"
                    + " 1 to 64.");
        }
        models.forEach(ModelFamilies::ofModelOrRefuse);
        String source = dataset != null ? dataset : BenchData.defaultSource();
        Dataset data = DatasetLoader.forRun(DataSpec.of(source));
        if (!(data instanceof ImageSet images) || data.labelNames().size() < 2) {
            throw new InvalidInputException(source + " has no class labels, so its samples cannot be scored: give labelled"
                    + " images (MNIST's IDX files with their labels file) or 'digits'.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PytorchPeer peer = peers ? PytorchPeer.find(PytorchPeer.INTERPRETERS, scripts).orElseThrow(
                () -> new InvalidInputException("--peers needs python3 with torch and numpy: " + PytorchPeer.INSTALL_HINT
                        + ".")) : null;
        NDManager root = Backend.load(threads).newBaseManager();
        List<Map<String, Object>> rows = new ArrayList<>();
        Path scratch = peer == null ? null : TempFolders.create("generativa-bench");
        try {
            BenchData peerData = peer == null ? null : BenchData.open(source, scratch);
            ClassifierCache cache = ClassifierCache.standard(BundledModels.classifiers());
            ReferenceClassifier classifier = cache.load(images, ClassifierOptions.DEFAULT)
                    .orElseGet(() -> TrainCommand.trainedClassifier(cache, images, ClassifierOptions.DEFAULT, out));
            say(out, "Data: " + data.name() + "; budget " + budget + " s of training, a score every " + every + " s; "
                    + threads + " threads; " + seeds + " seeds");
            for (String model : models) {
                Map<String, Object> row = race(ModelFamilies.ofModelOrRefuse(model), model, source, data, classifier, root,
                        out);
                if (peer != null) {
                    row.put("peer", peerRace(peer, model, peerData, classifier, scratch, out));
                }
                rows.add(row);
            }
            classifier.close();
        } finally {
            root.close();
            TempFolders.release(scratch);
        }
        out.println();
        out.printf(Locale.ROOT, "%-14s %s   %s%n", "model", "median recognisable at each score", "median time to good");
        for (Map<String, Object> row : rows) {
            printRow(out, (String) row.get("model"), row);
            if (row.get("peer") instanceof Map<?, ?> peerRow) {
                printRow(out, row.get("model") + " (peer)", peerRow);
            }
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(Map.of("budget_s", budget, "every_s", every, "threads", threads,
                    "dataset", data.name(), "settings", settings, "models", rows)));
        }
        return 0;
    }

    private <C> Map<String, Object> race(ModelFamily<C> family, String model, String source, Dataset data,
            ReferenceClassifier classifier, NDManager root, PrintWriter out) {
        List<List<QualityRace.Score>> runs = new ArrayList<>();
        List<Double> others = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            Map<String, String> given = new LinkedHashMap<>(settings);
            given.put("seed", String.valueOf(seed));
            given.put("threads", String.valueOf(threads));
            C config = family.configure(model, DataSpec.of(source), data.kind(), given);
            String who = model + " seed " + seed;
            OtherLoad load = OtherLoad.start();
            runs.add(QualityRace.run(family, config, data, classifier, root, budget, every, score -> report(out, who, score)));
            double otherCores = load.otherCores();
            others.add(otherCores);
            warnIfShared(out, who, otherCores);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("model", model);
        row.putAll(summary(runs, others));
        return row;
    }

    /** The PyTorch peer's race for {@code model} with the same seeds, or null when the model has no peer script. */
    private Map<String, Object> peerRace(PytorchPeer peer, String model, BenchData data, ReferenceClassifier classifier,
            Path scratch, PrintWriter out) {
        BenchModel benchModel = Arrays.stream(BenchModel.values()).filter(b -> b.cliName().equals(model)).findFirst()
                .orElse(null);
        if (benchModel == null) {
            say(out, model + " has no PyTorch peer script.");
            return null;
        }
        int count = ReferenceClassifier.REFERENCE_IMAGES;
        int pixels = classifier.dataset().itemSize();
        List<List<QualityRace.Score>> runs = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            Path folder = scratch.resolve(model + "-" + seed);
            String who = model + " peer seed " + seed;
            List<QualityRace.Score> scores = new ArrayList<>();
            for (PytorchPeer.Samples dump : peer.race(benchModel, budget, every, threads, data.imagesFile(), seed, folder,
                    count, pixels)) {
                QualityRace.Score score = QualityRace.score(classifier, dump.seconds(), dump.steps(), dump.images(), count);
                report(out, who, score);
                scores.add(score);
            }
            runs.add(scores);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("torch", peer.torchVersion());
        row.putAll(summary(runs, null));
        return row;
    }

    /**
     * Each seed's scores, time to good and (when measured) the other processes' cores during it, the median recognisable
     * at each score and the median time to good.
     */
    private static Map<String, Object> summary(List<List<QualityRace.Score>> runs, List<Double> otherCores) {
        List<Map<String, Object>> perSeed = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("seed", i + 1);
            run.put("scores", runs.get(i).stream().map(BenchQualityCommand::figures).toList());
            run.put("time_to_good_s", TrainCommand.round(QualityRace.timeToGood(runs.get(i))));
            if (otherCores != null) {
                run.put("other_cores", TrainCommand.round(otherCores.get(i)));
            }
            perSeed.add(run);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("runs", perSeed);
        row.put("median_recognisable", medians(runs));
        // A run that never got there counts as slower than any that did.
        List<Double> ranked = runs.stream().map(QualityRace::timeToGood)
                .map(t -> Double.isNaN(t) ? Double.POSITIVE_INFINITY : t).toList();
        row.put("median_time_to_good_s", TrainCommand.round(BenchStats.median(ranked)));
        return row;
    }

    private void printRow(PrintWriter out, String name, Map<?, ?> row) {
        Object time = row.get("median_time_to_good_s");
        out.printf(Locale.ROOT, "%-14s %s   %s%n", name, row.get("median_recognisable"),
                time == null ? "not within " + budget + " s" : String.format(Locale.ROOT, "%.0f s", (Double) time));
    }

    /** Other processes' CPU during a run: its steps, and so its scores at each time, are not comparable. */
    private static void warnIfShared(PrintWriter out, String who, double otherCores) {
        if (otherCores > SHARED_CORES) {
            say(out, String.format(Locale.ROOT, "%s shared the machine: other processes used %.2f cores on average during"
                    + " it, so its times are slower than on a quiet machine.", who, otherCores));
        }
    }

    private static void report(PrintWriter out, String who, QualityRace.Score score) {
        say(out, String.format(Locale.ROOT, "%s: %.0f s, %d steps: recognisable %.3f, class KL %.3f, FID %.1f%s", who,
                score.seconds(), score.steps(), score.recognisable(), score.classKl(), score.fid(),
                Double.isNaN(score.condAccuracy()) ? ""
                        : String.format(Locale.ROOT, ", asked-class accuracy %.3f", score.condAccuracy())));
    }

    private static Map<String, Object> figures(QualityRace.Score score) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("seconds", TrainCommand.round(score.seconds()));
        figures.put("steps", score.steps());
        figures.put("recognisable", TrainCommand.round(score.recognisable()));
        figures.put("class_kl", TrainCommand.round(score.classKl()));
        figures.put("fid", TrainCommand.round(score.fid()));
        if (!Double.isNaN(score.condAccuracy())) {
            figures.put("cond_accuracy", TrainCommand.round(score.condAccuracy()));
        }
        return figures;
    }

    /** Median recognisable fraction at each score, by its place in the run. */
    private static List<Double> medians(List<List<QualityRace.Score>> runs) {
        int scores = runs.stream().mapToInt(List::size).min().orElse(0);
        List<Double> medians = new ArrayList<>();
        for (int i = 0; i < scores; i++) {
            int at = i;
            medians.add(TrainCommand.round(BenchStats.median(runs.stream().map(r -> r.get(at).recognisable()).toList())));
        }
        return medians;
    }

    private static void say(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}
