package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeFamily;
import org.generativa.autoencoder.PretrainingProbe;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.nn.Backend;
import org.generativa.train.StepKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What pretraining buys: an autoencoder trained without labels, then classifiers trained on a few labels. */
@Command(name = "probe", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train an autoencoder without labels, then a softmax classifier on its codes with a few labels: on the"
                + " frozen encoder, on the encoder fine-tuned, and on the same network from scratch; report held-out accuracy.")
final class ProbeCommand implements Callable<Integer> {

    @Option(names = "--model", defaultValue = "denoising-ae", description = "The autoencoder (default: ${DEFAULT-VALUE}).")
    private String model;

    @Option(names = "--dataset", defaultValue = "digits",
            description = "Labelled images: a built-in name or a folder (default: ${DEFAULT-VALUE}).")
    private String dataset;

    @Option(names = "--steps", defaultValue = "1000", description = "The autoencoder's training steps (default: ${DEFAULT-VALUE}).")
    private long steps;

    @Option(names = "--labels", defaultValue = "100,1000", split = ",",
            description = "Numbers of labelled images, comma-separated (default: ${DEFAULT-VALUE}).")
    private List<Integer> labels;

    @Option(names = "--probe-steps", defaultValue = "500",
            description = "Each classifier's training steps, batches of up to 64 (default: ${DEFAULT-VALUE}).")
    private int probeSteps;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of weights, noise and the labelled images (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Make the last line of output one JSON object of the results.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (steps < 1 || probeSteps < 1) {
            throw new InvalidInputException("--steps and --probe-steps must be at least 1, not " + steps + " and " + probeSteps + ".");
        }
        if (!AeFamily.INSTANCE.modelNames().contains(model)) {
            throw new InvalidInputException("Unknown autoencoder '" + model + "': choose "
                    + String.join(", ", AeFamily.INSTANCE.modelNames()) + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        DataSpec source = DataSpec.of(dataset);
        Dataset data = DatasetLoader.forRun(source);
        AeConfig config = AeFamily.INSTANCE.configure(model, source, data.kind(), Map.of()).withSeed(seed);
        List<PretrainingProbe.Result> results = new ArrayList<>();
        long started = System.nanoTime();
        try (NDManager root = Backend.load(config.threads()).newBaseManager();
                AeExperiment experiment = (AeExperiment) AeFamily.INSTANCE.create(root, data, config)) {
            PretrainingProbe probe = new PretrainingProbe(experiment);
            for (long i = 0; i < steps; i++) {
                experiment.step(StepKind.BOTH);
            }
            out.println(String.format(Locale.ROOT, "%s trained %d steps on %d unlabelled images of %s.", model, steps,
                    probe.trainingItems(), dataset));
            for (int count : labels) {
                PretrainingProbe.Result r = probe.run(root, count, probeSteps, seed);
                results.add(r);
                out.println(String.format(Locale.ROOT, "%,d labels: frozen encoder %.3f, fine-tuned %.3f, from scratch %.3f",
                        r.labels(), r.frozen(), r.fineTuned(), r.scratch()));
                out.flush();
            }
        }
        if (json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("model", model);
            map.put("dataset", dataset);
            map.put("steps", steps);
            map.put("probe_steps", probeSteps);
            map.put("seed", seed);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PretrainingProbe.Result r : results) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("labels", r.labels());
                row.put("frozen", TrainCommand.round(r.frozen()));
                row.put("fine_tuned", TrainCommand.round(r.fineTuned()));
                row.put("scratch", TrainCommand.round(r.scratch()));
                rows.add(row);
            }
            map.put("results", rows);
            map.put("seconds", TrainCommand.round((System.nanoTime() - started) / 1e9));
            out.println(Json.MAPPER.writeValueAsString(map));
        }
        return 0;
    }
}
