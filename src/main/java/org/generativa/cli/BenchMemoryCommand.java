package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.generativa.bench.BenchData;
import org.generativa.bench.BenchModel;
import org.generativa.bench.ChildProcesses;
import org.generativa.bench.MemorySoak;
import org.generativa.bench.ResidentMemory;
import org.generativa.common.TempFolders;
import org.generativa.common.InvalidInputException;
import org.generativa.nn.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `bench memory`: resident memory over a long run of each model. */
@Command(name = "memory", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trains each model (the settings the app proposes for images) for many steps and samples the process's"
                + " resident memory (VmRSS) and the Java heap's committed size; growth is measured from the first sample"
                + " after the warm-up to the last, of the resident memory and of the resident memory outside the heap."
                + " Each model runs in a fresh JVM. Goal: growth <= 5%% over 20,000 steps.")
final class BenchMemoryCommand implements Callable<Integer> {

    @Option(names = "--models", split = ",", defaultValue = "gan,dcgan,vae,conv-vae,wgan-gp",
            description = "Models to run, of gan, dcgan, vae, conv-vae and wgan-gp (default: ${DEFAULT-VALUE}).")
    private List<String> models;

    @Option(names = "--steps", defaultValue = "20000", description = "Steps per model (default: ${DEFAULT-VALUE}).")
    private long steps;

    @Option(names = "--every", defaultValue = "1000", description = "Steps between samples (default: ${DEFAULT-VALUE}).")
    private long every;

    @Option(names = "--warmup-steps", defaultValue = "5000",
            description = "Growth is measured from the first sample at or after this step (default: ${DEFAULT-VALUE};"
                    + " the conv models' resident memory takes one step up between steps 2,000 and 3,000 and is flat"
                    + " after it, while a leak keeps growing).")
    private long warmupSteps;

    @Option(names = "--threads", description = "Intra-op threads instead of each model's default.")
    private Integer threads;

    @Option(names = "--dataset", description = "IDX images (a file or a folder) or 'digits' (default: ../shared/datasets/mnist"
            + " when present, else digits).")
    private String dataset;

    @Option(names = "--in-process", description = "Run every model in this JVM instead of a fresh one per model.")
    private boolean inProcess;

    @Option(names = "--json", description = "Make the last line of output one JSON object: {\"models\": [...]}.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<BenchModel> chosen = models.stream().map(BenchModel::fromCliName).toList();
        if (steps < 1 || every < 1 || warmupSteps < 0) {
            throw new InvalidInputException("--steps and --every must be at least 1, --warmup-steps at least 0.");
        }
        if (threads != null && (threads < 1 || threads > 64)) {
            throw new InvalidInputException("--threads must be 1 to 64, not " + threads + ".");
        }
        if (!ResidentMemory.available()) {
            throw new InvalidInputException("bench memory reads /proc/self/status, which this system does not have (Linux only).");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (inProcess || chosen.size() == 1) {
            measureHere(chosen, rows, out);
        } else {
            for (BenchModel model : chosen) {
                rows.add(measureInChild(model, out));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%-8s %7s %8s %12s %12s %9s %12s %14s%n", "model", "threads", "steps", "rss@warm MB",
                "rss end MB", "growth %", "MB/1k steps", "non-heap gr. %");
        for (Map<String, Object> r : rows) {
            out.printf(Locale.ROOT, "%-8s %7s %8s %12.1f %12.1f %9.2f %12.3f %14.2f%n", r.get("model"), r.get("threads"),
                    r.get("steps"), (Double) r.get("rss_after_warmup_mb"), (Double) r.get("rss_end_mb"),
                    (Double) r.get("growth_pct"), (Double) r.get("mb_per_1000_steps"), (Double) r.get("outside_heap_growth_pct"));
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(Map.of("models", rows)));
        }
        out.flush();
        return 0;
    }

    private void measureHere(List<BenchModel> chosen, List<Map<String, Object>> rows, PrintWriter out) throws Exception {
        Path scratch = TempFolders.create("generativa-bench");
        try (NDManager root = Backend.load(threads != null ? threads : 1).newBaseManager()) {
            BenchData data = BenchData.open(dataset, scratch);
            for (BenchModel model : chosen) {
                int t = threads != null ? threads : model.defaultThreads(data.spec());
                MemorySoak.Result result = MemorySoak.run(root, model, data, t, steps, every, warmupSteps, line -> {
                    out.println(line);
                    out.flush();
                });
                rows.add(row(model, t, result));
            }
        } finally {
            TempFolders.release(scratch);
        }
    }

    private Map<String, Object> row(BenchModel model, int t, MemorySoak.Result result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("model", model.cliName());
        row.put("threads", t);
        row.put("steps", steps);
        row.put("every", every);
        row.put("warmup_steps", warmupSteps);
        List<MemorySoak.Sample> samples = result.samples();
        MemorySoak.Sample base = samples.stream().filter(s -> s.step() >= warmupSteps).findFirst()
                .orElse(samples.get(samples.size() - 1));
        row.put("rss_after_warmup_mb", megabytes(base.residentKb()));
        row.put("rss_end_mb", megabytes(samples.get(samples.size() - 1).residentKb()));
        row.put("growth_pct", TrainCommand.round(result.growthPercent()));
        row.put("outside_heap_growth_pct", TrainCommand.round(result.outsideHeapGrowthPercent()));
        row.put("mb_per_1000_steps", TrainCommand.round(result.megabytesPerThousandSteps()));
        row.put("seconds", TrainCommand.round(result.seconds()));
        List<Map<String, Object>> points = new ArrayList<>();
        for (MemorySoak.Sample s : samples) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("step", s.step());
            point.put("rss_mb", megabytes(s.residentKb()));
            point.put("heap_committed_mb", megabytes(s.heapCommittedKb()));
            points.add(point);
        }
        row.put("samples", points);
        return row;
    }

    private static Double megabytes(long kb) {
        return TrainCommand.round(kb / 1024.0);
    }

    /** The same command for one model in a fresh JVM; its progress is passed on and its JSON row returned. */
    private Map<String, Object> measureInChild(BenchModel model, PrintWriter out) throws Exception {
        List<String> args = new ArrayList<>(List.of("bench", "memory", "--models", model.cliName(), "--steps", Long.toString(steps),
                "--every", Long.toString(every), "--warmup-steps", Long.toString(warmupSteps), "--json"));
        if (threads != null) {
            args.addAll(List.of("--threads", threads.toString()));
        }
        if (dataset != null) {
            args.addAll(List.of("--dataset", dataset));
        }
        Process child = new ProcessBuilder(ChildProcesses.java(List.of(), args)).start();
        Thread killer = ChildProcesses.destroyOnExit(child);
        CompletableFuture<String> err = ChildProcesses.drain(child.getErrorStream());
        String last = "";
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("{")) {
                    last = line;
                } else if (line.startsWith(model.cliName() + " step")) {
                    out.println(line);
                    out.flush();
                }
            }
            if (child.waitFor() != 0) {
                throw new IllegalStateException("bench memory for " + model.cliName() + " failed: " + err.join().strip());
            }
        } finally {
            ChildProcesses.release(child, killer);
        }
        JsonNode row = Json.MAPPER.readTree(last).get("models").get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = Json.MAPPER.convertValue(row, LinkedHashMap.class);
        return map;
    }
}
