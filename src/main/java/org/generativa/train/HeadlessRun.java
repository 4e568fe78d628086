package org.generativa.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.generativa.preview.Preview;
import org.generativa.preview.PreviewPng;

/**
 * Trains an experiment for a fixed number of steps without a window, writing {@code metrics.csv} (a line per step, as
 * it is measured), {@code samples.png}, {@code features.png} (first-layer weights, for models that draw them) and a
 * checkpoint into a run directory. A run whose losses stop being numbers stops there with one sentence, its metrics kept and nothing else
 * written: no samples or checkpoint of a diverged model.
 */
public final class HeadlessRun {

    /** Final metrics are averaged over this many last steps, so one noisy step does not decide them. */
    public static final int SUMMARY_WINDOW = 100;

    /** What a run produced: steps, wall time, and the mean of each metric over the last steps. */
    public record Summary(long steps, double seconds, Map<String, Double> finalMetrics) {}

    /**
     * How long a run trains: at most {@code steps} steps and, when {@code seconds} is above 0, no step begun after
     * that much wall-clock time ("train for two minutes").
     */
    public record Budget(long steps, double seconds) {

        public static Budget steps(long steps) {
            return new Budget(steps, 0);
        }

        boolean timed() {
            return seconds > 0;
        }
    }

    private HeadlessRun() {}

    public static Summary run(Experiment<?> experiment, long steps, Path directory, Consumer<String> progress)
            throws IOException {
        return run(experiment, Budget.steps(steps), directory, progress, CleanStop.NEVER);
    }

    /** As above; when {@code stop} is requested, the run ends after the step in progress and waits for the exit. */
    public static Summary run(Experiment<?> experiment, Budget budget, Path directory, Consumer<String> progress,
            CleanStop stop) throws IOException {
        Files.createDirectories(directory);
        List<String> names = experiment.metricNames();
        double[][] window = new double[SUMMARY_WINDOW][];
        long steps = budget.steps();
        long reportEvery = Math.max(1, steps / 10);
        long start = System.nanoTime();
        long deadline = budget.timed() ? start + (long) (budget.seconds() * 1e9) : Long.MAX_VALUE;
        long nextReport = budget.timed() ? start + (long) (budget.seconds() * 1e8) : Long.MAX_VALUE;
        NonFiniteGuard guard = new NonFiniteGuard(names, experiment::learningRates);
        long taken = 0;
        try (MetricsCsvWriter csv = new MetricsCsvWriter(directory.resolve("metrics.csv"), names)) {
            for (long i = 0; i < steps && System.nanoTime() < deadline; i++) {
                if (stop.requested()) {
                    csv.close();
                    stop.parkUntilExit();
                }
                MetricPoint point = experiment.step(StepKind.BOTH);
                csv.write(point);
                Optional<NonFiniteGuard.Divergence> diverged = guard.check(point);
                if (diverged.isPresent()) {
                    throw diverged.get().refusal();
                }
                if ((i + 1) % GoodStates.EVERY == 0 && !experiment.weightsFinite()) {
                    throw guard.weightsDiverged(point.step()).refusal();
                }
                window[(int) (i % SUMMARY_WINDOW)] = point.values();
                taken = i + 1;
                boolean report = budget.timed() ? System.nanoTime() >= nextReport : (i + 1) % reportEvery == 0;
                if (report) {
                    progress.accept(progressLine(point, budget.timed() ? "" : "/" + steps, names, start));
                    nextReport += (long) (budget.seconds() * 1e8);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PreviewPng.write(experiment.preview(), directory.resolve("samples.png"));
        Preview features = experiment.learnedFeatures();
        if (features != null) {
            PreviewPng.write(features, directory.resolve("features.png"));
        }
        experiment.saveCheckpoint(directory.resolve("checkpoint"));
        return new Summary(taken, seconds, means(window, names));
    }

    private static Map<String, Double> means(double[][] window, List<String> names) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (int m = 0; m < names.size(); m++) {
            double sum = 0;
            int count = 0;
            for (double[] values : window) {
                if (values != null && !Double.isNaN(values[m])) {
                    sum += values[m];
                    count++;
                }
            }
            result.put(names.get(m), count == 0 ? Double.NaN : sum / count);
        }
        return result;
    }

    private static String progressLine(MetricPoint point, String ofSteps, List<String> names, long start) {
        StringBuilder line = new StringBuilder("step " + point.step() + ofSteps);
        if (ofSteps.isEmpty()) {
            line.append(String.format(Locale.ROOT, " at %.0f s", (System.nanoTime() - start) / 1e9));
        }
        for (int m = 0; m < names.size(); m++) {
            line.append(String.format(Locale.ROOT, "  %s=%.4f", names.get(m), point.values()[m]));
        }
        return line.toString();
    }
}
