package org.generativa.lab;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.metrics.ModeCoverage;
import org.generativa.train.MetricPoint;
import org.generativa.train.StepKind;

/**
 * Trains one preset headless and measures mode coverage on fresh samples as it goes, feeding a
 * {@link CollapseDetector}. Must run on the thread that loaded the engine.
 */
public final class LabRun {

    /** Samples per mode measurement (VEEGAN / PacGAN). */
    public static final int SAMPLES = 2500;
    /** Mode measurements per run, the last one after the final step. */
    public static final int MEASUREMENTS = 40;

    /** Modes captured, high-quality share and reverse KL after {@code step}. */
    public record Measurement(long step, int modesCaptured, double highQuality, double reverseKl) {}

    /**
     * @param gradNormStart the generator's mean gradient norm over the first tenth of the steps
     * @param gradNormEnd the same over the last tenth
     */
    public record Result(LabPreset preset, String dataset, GanConfig config, long steps, double seconds,
            ModeCoverage coverage, List<Measurement> history, List<CollapseDetector.Notice> notices,
            double gradNormStart, double gradNormEnd) {

        /** The median of modes captured over the second half of the measurements. */
        public double modesMedian() {
            int[] late = history.subList(history.size() / 2, history.size()).stream()
                    .mapToInt(Measurement::modesCaptured).sorted().toArray();
            int n = late.length;
            return n % 2 == 1 ? late[n / 2] : (late[n / 2 - 1] + late[n / 2]) / 2.0;
        }
    }

    private LabRun() {}

    public static Result run(NDManager root, LabPreset preset, String dataset, long seed, long steps, int threads,
            Consumer<String> progress) {
        GanConfig config = preset.config(dataset, seed).withThreads(threads);
        Dataset data = DatasetLoader.forRun(DataSpec.of(dataset));
        CollapseDetector detector = new CollapseDetector();
        List<Measurement> history = new ArrayList<>();
        long every = Math.max(1, steps / MEASUREMENTS);
        long tenth = Math.max(1, steps / 10);
        double startSum = 0;
        double endSum = 0;
        long start = System.nanoTime();
        ModeCoverage coverage = null;
        try (GanExperiment experiment = new GanExperiment(root, data, config)) {
            int gradNorm = experiment.metricNames().indexOf("grad_norm_g");
            for (long i = 1; i <= steps; i++) {
                MetricPoint point = experiment.step(StepKind.BOTH);
                if (i <= tenth) {
                    startSum += point.values()[gradNorm];
                }
                if (i > steps - tenth) {
                    endSum += point.values()[gradNorm];
                }
                if (i % every == 0 || i == steps) {
                    coverage = ModeTargets.coverage(data, experiment.sample(SAMPLES)).orElseThrow();
                    Measurement m = new Measurement(i, coverage.modesCaptured(), coverage.highQualityFraction(),
                            coverage.reverseKl());
                    history.add(m);
                    detector.add(i, m.modesCaptured()).ifPresent(n -> progress.accept("step " + n.step()
                            + ": modes captured fell from " + n.from() + " to " + n.to()));
                    if (i % (every * (MEASUREMENTS / 10)) == 0 || i == steps) {
                        progress.accept(String.format(Locale.ROOT, "step %d/%d  modes %d/%d  hq %.3f  rkl %.3f",
                                i, steps, m.modesCaptured(), coverage.modes(), m.highQuality(), m.reverseKl()));
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(preset, dataset, config, steps, seconds, coverage, List.copyOf(history), detector.notices(),
                startSum / tenth, endSum / tenth);
    }
}
