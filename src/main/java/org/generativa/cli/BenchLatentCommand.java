package org.generativa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.family.ModelFamily;
import org.generativa.latent.PreviewLatencyBenchmark.Result;
import org.generativa.latent.PreviewLatencyBenchmark;
import org.generativa.run.ModelFamilies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `bench latent`: slider-to-pixels latency of latent previews, idle and while training. */
@Command(name = "latent", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Times a latent slider move to decoded pixels through a training session's preview thread, with the"
                + " session paused and while it trains: the dense VAE and the DCGAN generator on digits, default settings."
                + " Goals: p95 <= 16 ms idle, <= 33 ms while training.")
final class BenchLatentCommand implements Callable<Integer> {

    private static final DataSpec DIGITS = DataSpec.of("digits");
    private static final List<String> MODELS = List.of("vae", "dcgan");

    @Option(names = "--models", split = ",", defaultValue = "vae,dcgan",
            description = "Models to time, of vae and dcgan (default: ${DEFAULT-VALUE}).")
    private List<String> models;

    @Option(names = "--requests", defaultValue = "200", description = "Timed requests per condition (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--warmup", defaultValue = "20", description = "Untimed requests first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the codes and the pauses between requests (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", description = "Intra-op threads of each model instead of its default (vae 1, dcgan 2).")
    private Integer threads;

    @Option(names = "--json", description = "Make the last line of output one JSON object: {\"results\": [...]}.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads != null && (threads < 1 || threads > 64)) {
            throw new InvalidInputException("--threads must be 1 to 64, not " + threads + ".");
        }
        if (requests < 1 || warmup < 0) {
            throw new InvalidInputException("--requests must be at least 1 and --warmup at least 0.");
        }
        for (String model : models) {
            if (!MODELS.contains(model)) {
                throw new InvalidInputException("Unknown model '" + model + "' for bench latent: choose " + String.join(" or ", MODELS) + ".");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String model : models) {
            Result r = measure(model, line -> {
                out.println(line);
                out.flush();
            });
            out.printf(Locale.ROOT, "%-6s idle p50 %.2f ms p95 %.2f ms | training p50 %.2f ms p95 %.2f ms"
                    + " | decode+render p50 %.2f ms | step %.1f ms%n", r.model(), r.idle().p50(), r.idle().p95(),
                    r.training().p50(), r.training().p95(), r.render().p50(), r.stepMillis());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", r.model());
            row.put("idle_p50_ms", TrainCommand.round(r.idle().p50()));
            row.put("idle_p95_ms", TrainCommand.round(r.idle().p95()));
            row.put("training_p50_ms", TrainCommand.round(r.training().p50()));
            row.put("training_p95_ms", TrainCommand.round(r.training().p95()));
            row.put("render_p50_ms", TrainCommand.round(r.render().p50()));
            row.put("step_ms", TrainCommand.round(r.stepMillis()));
            row.put("requests", r.idle().count());
            row.put("threads", r.threads());
            rows.add(row);
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(Map.of("results", rows)));
        }
        return 0;
    }

    private Result measure(String model, Consumer<String> progress) throws InterruptedException {
        return measure(ModelFamilies.ofModel(model).orElseThrow(), model, progress);
    }

    private <C> Result measure(ModelFamily<C> family, String model, Consumer<String> progress) throws InterruptedException {
        C config = family.defaults(model, DIGITS, DataKind.IMAGES);
        if (threads != null) {
            config = family.hyperparameter("threads").with(config, threads);
        }
        return PreviewLatencyBenchmark.measure(model, family, config, warmup, requests, seed, progress);
    }
}
