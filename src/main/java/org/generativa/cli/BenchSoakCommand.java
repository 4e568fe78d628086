package org.generativa.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.bench.ResidentMemory;
import org.generativa.bench.SessionSoak;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ColorMode;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.family.ModelFamily;
import org.generativa.run.ModelFamilies;
import org.generativa.train.Setting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The session under a long, impatient class: memory and threads must stay flat, and nothing may hang. */
@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Plays, pauses and resets a training session many times while a learning-rate slider moves, as the"
                + " window does, and reports resident memory and thread counts over the cycles; a session that stops"
                + " answering is reported (with any deadlocked threads) and the exit code is 1.")
final class BenchSoakCommand implements Callable<Integer> {

    @Option(names = "--model", defaultValue = "dcgan", description = "Model (default: ${DEFAULT-VALUE}).")
    private String model;

    @Option(names = "--dataset", defaultValue = "digits", description = "Dataset (default: ${DEFAULT-VALUE}).")
    private String dataset;

    @Option(names = "--cycles", defaultValue = "100", description = "Play, pause and reset cycles (default: ${DEFAULT-VALUE}).")
    private int cycles;

    @Option(names = "--slider-events", defaultValue = "10000",
            description = "Learning-rate changes sent while training, spread over the cycles (default: ${DEFAULT-VALUE}).")
    private int sliderEvents;

    @Option(names = "--warmup-cycles", defaultValue = "10",
            description = "Cycles before the first sample (default: ${DEFAULT-VALUE}).")
    private int warmupCycles;

    @Option(names = "--every", defaultValue = "10", description = "Cycles between samples (default: ${DEFAULT-VALUE}).")
    private int every;

    @Option(names = "--threads", defaultValue = "2", description = "Intra-op threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--json", description = "Make the last line of output one JSON object of the figures.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (cycles < 1 || every < 1 || warmupCycles < 0 || sliderEvents < 0 || threads < 1 || threads > 64) {
            throw new InvalidInputException("--cycles and --every must be at least 1, --warmup-cycles and --slider-events"
                    + " at least 0, --threads 1 to 64.");
        }
        if (!ResidentMemory.available()) {
            throw new InvalidInputException("bench soak reads /proc/self/status, which this system does not have (Linux only).");
        }
        ModelFamily<?> family = ModelFamilies.ofModelOrRefuse(model);
        return soak(family, spec.commandLine().getOut());
    }

    private <C> int soak(ModelFamily<C> family, PrintWriter out) throws Exception {
        DataSpec source = new DataSpec(dataset, 32, ColorMode.AUTO);
        C config = family.configure(model, source, DatasetLoader.forRun(source).kind(),
                Map.of("threads", String.valueOf(threads)));
        String rate = family.settings().stream().map(Setting::key).filter(k -> k.equals("lr-g") || k.equals("lr")).findFirst()
                .orElseThrow(() -> new InvalidInputException(model + " has no learning rate to move."));
        SessionSoak.Result result = SessionSoak.run(family.factory(), config, threads, cycles, sliderEvents, warmupCycles, every,
                x -> family.applySetting(config, rate, String.format(Locale.ROOT, "%.6f", 1e-4 * Math.pow(10, x)), model, rate),
                line -> {
                    out.println(line);
                    out.flush();
                });
        List<SessionSoak.Sample> samples = result.samples();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("model", model);
        figures.put("dataset", dataset);
        figures.put("threads", threads);
        figures.put("cycles", result.cycles());
        figures.put("slider_events", result.sliderEvents());
        figures.put("steps", result.steps());
        figures.put("seconds", TrainCommand.round(result.seconds()));
        if (samples.size() >= 2) {
            figures.put("rss_start_mb", TrainCommand.round(samples.get(0).rssKb() / 1024.0));
            figures.put("rss_end_mb", TrainCommand.round(samples.get(samples.size() - 1).rssKb() / 1024.0));
            figures.put("rss_growth_pct", TrainCommand.round(result.rssGrowthPercent()));
            figures.put("rss_max_mb", TrainCommand.round(samples.stream().mapToLong(SessionSoak.Sample::rssKb).max().orElse(0) / 1024.0));
            figures.put("threads_start", samples.get(0).threads());
            figures.put("threads_end", samples.get(samples.size() - 1).threads());
            figures.put("threads_max", samples.stream().mapToInt(SessionSoak.Sample::threads).max().orElse(0));
        }
        figures.put("stuck", result.stuck());
        if (result.stuck() != null) {
            out.println("The session stopped answering while " + result.stuck());
        } else if (samples.size() >= 2) {
            out.println(String.format(Locale.ROOT, "%d cycles and %d slider events in %.0f s: resident memory %.1f → %.1f MB"
                    + " (%+.2f%%), threads %d → %d; no hang.", result.cycles(), result.sliderEvents(), result.seconds(),
                    samples.get(0).rssKb() / 1024.0, samples.get(samples.size() - 1).rssKb() / 1024.0,
                    result.rssGrowthPercent(), samples.get(0).threads(), samples.get(samples.size() - 1).threads()));
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(figures));
        }
        return result.stuck() == null ? 0 : 1;
    }
}
