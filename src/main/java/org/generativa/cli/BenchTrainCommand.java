package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.generativa.bench.BenchData;
import org.generativa.bench.BenchModel;
import org.generativa.bench.BenchStats;
import org.generativa.bench.Machine;
import org.generativa.bench.MatmulPeak;
import org.generativa.bench.PytorchPeer;
import org.generativa.bench.Throughput;
import org.generativa.common.TempFolders;
import org.generativa.common.InvalidInputException;
import org.generativa.nn.Backend;
import org.generativa.nn.MklDispatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `bench train`: training speed side by side with the PyTorch peer scripts. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Times training steps of each model (the settings the app proposes for images, batch included) against the PyTorch"
                + " script of the same model in src/bench/, alternating in rounds, at each thread count; reports medians,"
                + " the fastest thread count of each side, the ratio Generativa / PyTorch and GFLOP/s against the"
                + " machine's matrix-multiply rate, and steps per CPU-second of each side (less sensitive to other load"
                + " on the machine, at one thread). Goal: ratio >= 1.")
final class BenchTrainCommand implements Callable<Integer> {

    @Option(names = "--models", split = ",", defaultValue = "gan,dcgan,vae,conv-vae,wgan-gp",
            description = "Models to time, of gan, dcgan, vae, conv-vae and wgan-gp (default: ${DEFAULT-VALUE}).")
    private List<String> models;

    @Option(names = "--rounds", defaultValue = "3", description = "Measurements per side and thread count (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--steps", description = "Timed steps per measurement (default: per model, a few seconds' worth).")
    private Integer steps;

    @Option(names = "--warmup", description = "Untimed steps before each measurement (default: a fifth of the steps, at least 2).")
    private Integer warmup;

    @Option(names = "--threads", split = ",", defaultValue = "1,2",
            description = "Intra-op thread counts to try on both sides (default: ${DEFAULT-VALUE}).")
    private List<Integer> threads;

    @Option(names = "--dataset", description = "IDX images (a file or a folder) or 'digits' (default: ../shared/datasets/mnist"
            + " when present, else digits).")
    private String dataset;

    @Option(names = "--python", description = "Python interpreter of the peer (default: the first of /usr/bin/python3 and"
            + " python3 that has torch).")
    private String python;

    @Option(names = "--scripts", defaultValue = "src/bench", description = "Folder of the peer scripts (default: ${DEFAULT-VALUE}).")
    private Path scripts;

    @Option(names = "--setup", description = "Install the PyTorch peer first: runs setup.sh from the scripts folder"
            + " (Debian's python3-torch and libopenblas0-pthread through apt; needs root or sudo).")
    private boolean setup;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of both sides (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--json", description = "Make the last line of output one JSON object: {\"models\": [...]}.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<BenchModel> chosen = models.stream().map(BenchModel::fromCliName).toList();
        if (rounds < 1 || (steps != null && steps < 1) || (warmup != null && warmup < 0)) {
            throw new InvalidInputException("--rounds and --steps must be at least 1, --warmup at least 0.");
        }
        for (int t : threads) {
            if (t < 1 || t > 64) {
                throw new InvalidInputException("--threads must be 1 to 64, not " + t + ".");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (setup) {
            installPeer(scripts.resolve("setup.sh"));
        }
        Optional<PytorchPeer> peer = PytorchPeer.find(python != null ? List.of(python) : PytorchPeer.INTERPRETERS, scripts);
        NDManager root = Backend.load(threads.get(0)).newBaseManager();
        Path scratch = TempFolders.create("generativa-bench");
        try {
            BenchData data = BenchData.open(dataset, scratch);
            say(out, String.format(Locale.ROOT, "Machine: %s; load average %.2f", Machine.describe(), Machine.loadAverage()));
            say(out, "MKL kernel dispatch: " + MklDispatch.enable().name().toLowerCase(Locale.ROOT)
                    + " (-D" + MklDispatch.PROPERTY + "=off for MKL's own choice)");
            say(out, "Device: " + root.getDevice() + "; data: " + data.imagesFile() + " (" + data.dataset().count() + " images)");
            say(out, peer.map(p -> "PyTorch peer: " + p.python() + ", torch " + p.torchVersion())
                    .orElse("PyTorch peer: no python3 with torch and numpy found; " + PytorchPeer.INSTALL_HINT
                            + ". Reporting Generativa's numbers only."));
            double peak = 0;
            for (int t : threads) {
                double gflops = MatmulPeak.gflops(root, t, MatmulPeak.SIZE);
                peak = Math.max(peak, gflops);
                say(out, String.format(Locale.ROOT, "Matrix multiply %d x %d through DJL, %d thread%s: %.1f GFLOP/s",
                        MatmulPeak.SIZE, MatmulPeak.SIZE, t, t == 1 ? "" : "s", gflops));
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (BenchModel model : chosen) {
                rows.add(measure(model, data, root, peer.orElse(null), peak, out));
            }
            printTable(rows, out);
            if (json) {
                out.println(Json.MAPPER.writeValueAsString(Map.of("models", rows)));
            }
        } finally {
            root.close();
            TempFolders.release(scratch);
        }
        return 0;
    }

    private Map<String, Object> measure(BenchModel model, BenchData data, NDManager root, PytorchPeer peer, double peak,
            PrintWriter out) {
        int n = steps != null ? steps : model.defaultSteps();
        int w = warmup != null ? warmup : Math.max(2, n / 5);
        Map<Integer, List<Double>> ours = new TreeMap<>();
        Map<Integer, List<Double>> theirs = new TreeMap<>();
        Map<Integer, List<Double>> oursPerCpu = new TreeMap<>();
        Map<Integer, List<Double>> theirsPerCpu = new TreeMap<>();
        long flops = 0;
        for (int round = 1; round <= rounds; round++) {
            for (int t : threads) {
                Throughput.Result g = Throughput.measure(root, model, data.dataset(), data.spec(), t, w, n);
                flops = g.flopsPerStep();
                ours.computeIfAbsent(t, k -> new ArrayList<>()).add(g.stepsPerSecond());
                oursPerCpu.computeIfAbsent(t, k -> new ArrayList<>()).add(n / g.cpuSeconds());
                String line = String.format(Locale.ROOT, "%-8s round %d/%d, %d thread%s: generativa %8.2f steps/s", model.cliName(),
                        round, rounds, t, t == 1 ? " " : "s", g.stepsPerSecond());
                if (peer != null) {
                    PytorchPeer.Run p = peer.run(model, n, w, t, data.imagesFile(), seed, root.getDevice().isGpu());
                    theirs.computeIfAbsent(t, k -> new ArrayList<>()).add(p.stepsPerSecond());
                    theirsPerCpu.computeIfAbsent(t, k -> new ArrayList<>()).add(n / p.cpuSeconds());
                    line += String.format(Locale.ROOT, ", pytorch %8.2f steps/s", p.stepsPerSecond());
                }
                say(out, line);
            }
        }
        Map<Integer, Double> ourMedians = medians(ours);
        Map<Integer, Double> theirMedians = medians(theirs);
        int ourThreads = BenchStats.fastest(ourMedians);
        double ourRate = ourMedians.get(ourThreads);
        Integer theirThreads = theirMedians.isEmpty() ? null : BenchStats.fastest(theirMedians);
        Double theirRate = theirThreads == null ? null : theirMedians.get(theirThreads);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("model", model.cliName());
        row.put("generativa_steps_per_s", TrainCommand.round(ourRate));
        row.put("pytorch_steps_per_s", theirRate == null ? null : TrainCommand.round(theirRate));
        Double ratio = BenchStats.ratio(ourRate, theirRate);
        row.put("ratio", ratio == null ? null : TrainCommand.round(ratio));
        row.put("threads_generativa", ourThreads);
        row.put("threads_pytorch", theirThreads);
        row.put("generativa_steps_per_s_by_threads", rounded(ourMedians));
        row.put("pytorch_steps_per_s_by_threads", theirRate == null ? null : rounded(theirMedians));
        row.put("generativa_steps_per_cpu_s_by_threads", rounded(medians(oursPerCpu)));
        row.put("pytorch_steps_per_cpu_s_by_threads", theirRate == null ? null : rounded(medians(theirsPerCpu)));
        row.put("steps", n);
        row.put("warmup", w);
        row.put("rounds", rounds);
        row.put("gflop_per_step", TrainCommand.round(flops / 1e9));
        row.put("generativa_gflops", TrainCommand.round(ourRate * flops / 1e9));
        row.put("pytorch_gflops", theirRate == null ? null : TrainCommand.round(theirRate * flops / 1e9));
        row.put("matmul_peak_gflops", TrainCommand.round(peak));
        row.put("pytorch_version", peer == null ? null : peer.torchVersion());
        row.put("mkl_dispatch", MklDispatch.enable().name().toLowerCase(Locale.ROOT));
        return row;
    }

    private static void installPeer(Path script) throws IOException, InterruptedException {
        if (!Files.isRegularFile(script)) {
            throw new InvalidInputException("--setup runs " + script + ", which does not exist; give the peer scripts' folder"
                    + " with --scripts.");
        }
        int code = new ProcessBuilder("bash", script.toString()).inheritIO().start().waitFor();
        if (code != 0) {
            throw new InvalidInputException(script + " failed with exit code " + code + "; its output is above.");
        }
    }

    private static Map<Integer, Double> medians(Map<Integer, List<Double>> runs) {
        Map<Integer, Double> result = new TreeMap<>();
        runs.forEach((t, values) -> result.put(t, BenchStats.median(values)));
        return result;
    }

    private static Map<String, Double> rounded(Map<Integer, Double> byThreads) {
        Map<String, Double> result = new LinkedHashMap<>();
        byThreads.forEach((t, v) -> result.put(Integer.toString(t), TrainCommand.round(v)));
        return result;
    }

    private static void printTable(List<Map<String, Object>> rows, PrintWriter out) {
        out.println();
        out.printf(Locale.ROOT, "%-8s %14s %14s %7s %9s %9s %9s%n", "model", "generativa/s", "pytorch/s", "ratio",
                "threads", "GFLOP/s", "peak %");
        for (Map<String, Object> r : rows) {
            Object theirs = r.get("pytorch_steps_per_s");
            Object ratio = r.get("ratio");
            double gflops = (Double) r.get("generativa_gflops");
            out.printf(Locale.ROOT, "%-8s %14.2f %14s %7s %4s/%-4s %9.2f %8.1f%%%n", r.get("model"), r.get("generativa_steps_per_s"),
                    theirs == null ? "-" : String.format(Locale.ROOT, "%.2f", (Double) theirs),
                    ratio == null ? "-" : String.format(Locale.ROOT, "%.2f", (Double) ratio),
                    r.get("threads_generativa"), r.get("threads_pytorch") == null ? "-" : r.get("threads_pytorch"), gflops,
                    100 * gflops / (Double) r.get("matmul_peak_gflops"));
        }
        out.flush();
    }

    private static void say(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}
