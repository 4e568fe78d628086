package org.generativa.cli;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.common.InvalidInputException;
import org.generativa.lab.CollapseDetector;
import org.generativa.lab.HeadlessLabRun;
import org.generativa.lab.LabPreset;
import org.generativa.nn.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs a preset of the mode-collapse lab headless and reports its mode metrics. */
@Command(name = "toy", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Trains a preset of the mode-collapse lab on 2-D toy data and measures modes captured, "
                + "high-quality share and reverse KL on 2,500 samples.")
final class ToyCommand implements Callable<Integer> {

    @Option(names = "--preset", description = "Preset: collapse, wgan-gp, pacgan, unrolled, minibatch, replay, vanishing, non-saturating"
            + " or oscillation (see --list).")
    private String preset;

    @Option(names = "--dataset",
            description = "ring8 or grid25; dirac for oscillation, the only data it runs on "
                    + "(default: ring8, or dirac for oscillation).")
    private String dataset;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of data, weights and noise (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--steps", description = "Generator steps (default: the preset's own for the dataset).")
    private Long steps;

    @Option(names = "--threads", defaultValue = "1", description = "Intra-op threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--json", description = "Make the last line of output one JSON object of the results.")
    private boolean json;

    @Option(names = "--list", description = "List the presets and what each changes from collapse.")
    private boolean list;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            list(out);
            return 0;
        }
        if (preset == null) {
            throw new InvalidInputException("Choose a preset with --preset NAME, or list them with --list.");
        }
        LabPreset chosen = LabPreset.fromCliName(preset);
        String dataset = this.dataset != null ? this.dataset : chosen.datasets().get(0);
        long n = steps != null ? steps : chosen.defaultSteps(dataset);
        chosen.config(dataset, seed);
        if (n < 1) {
            throw new InvalidInputException("--steps must be at least 1, not " + n + ".");
        }
        if (threads < 1 || threads > 64) {
            throw new InvalidInputException("--threads must be at least 1 and at most 64, not " + threads + ".");
        }
        Engine engine = Backend.load(threads);
        HeadlessLabRun.Result result;
        try (NDManager root = engine.newBaseManager()) {
            result = HeadlessLabRun.run(root, chosen, dataset, seed, n, threads, line -> {
                out.println(line);
                out.flush();
            });
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(json(result, seed)));
        } else {
            out.println(String.format(Locale.ROOT, "%s on %s, seed %d: %d/%d modes, hq %.3f, reverse KL %.3f after %d steps"
                            + " in %.1f s", chosen.cliName(), dataset, seed, result.coverage().modesCaptured(),
                    result.coverage().modes(), result.coverage().highQualityFraction(), result.coverage().reverseKl(),
                    result.steps(), result.seconds()));
        }
        return 0;
    }

    private static Map<String, Object> json(HeadlessLabRun.Result result, long seed) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("preset", result.preset().cliName());
        map.put("dataset", result.dataset());
        map.put("seed", seed);
        map.put("modes", result.coverage().modesCaptured());
        map.put("modes_total", result.coverage().modes());
        map.put("hq", TrainCommand.round(result.coverage().highQualityFraction()));
        map.put("rkl", TrainCommand.round(result.coverage().reverseKl()));
        map.put("modes_median", result.modesMedian());
        map.put("steps", result.steps());
        map.put("seconds", TrainCommand.round(result.seconds()));
        map.put("cpu_seconds", TrainCommand.round(result.cpuSeconds()));
        map.put("grad_norm_g_start", TrainCommand.round(result.gradNormStart()));
        map.put("grad_norm_g_end", TrainCommand.round(result.gradNormEnd()));
        map.put("d_fake_end", TrainCommand.round(result.dFakeEnd()));
        List<Map<String, Object>> notices = new ArrayList<>();
        for (CollapseDetector.Notice notice : result.notices()) {
            notices.add(Map.of("step", notice.step(), "from", notice.from(), "to", notice.to()));
        }
        map.put("collapse_notices", notices);
        map.put("modes_history", result.history().stream().map(HeadlessLabRun.Measurement::modesCaptured).toList());
        map.put("mean_turns", TrainCommand.round(result.meanTurns()));
        map.put("mean_path", TrainCommand.round(result.meanPath()));
        map.put("mean_crossings", result.meanCrossings());
        map.put("mean_swing_late", TrainCommand.round(result.lateSwing()));
        map.put("changed", result.preset().changed());
        return map;
    }

    private static void list(PrintWriter out) {
        int width = 0;
        for (LabPreset p : LabPreset.values()) {
            width = Math.max(width, p.cliName().length());
        }
        for (LabPreset p : LabPreset.values()) {
            String changed = p.changed();
            out.println(String.format(Locale.ROOT, "%-" + width + "s  %s", p.cliName(),
                    changed.isEmpty() ? "(the baseline: a vanilla GAN that collapses)" : changed));
        }
    }
}
