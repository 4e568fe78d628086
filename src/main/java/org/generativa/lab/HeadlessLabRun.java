package org.generativa.lab;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.generativa.common.ProcessCpu;
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
public final class HeadlessLabRun {

    /** Samples per mode measurement (VEEGAN / PacGAN). */
    public static final int SAMPLES = 2500;
    /** Mode measurements per run, the last one after the final step. */
    public static final int MEASUREMENTS = 40;

    /** Modes captured, high-quality share, reverse KL and the samples' mean after {@code step} (y is 0 for 1-D data). */
    public record Measurement(long step, int modesCaptured, double highQuality, double reverseKl, double meanX, double meanY) {}

    /**
     * @param gradNormStart the generator's mean gradient norm over the first hundredth of the steps (at least 10),
     *     before a strong discriminator has won
     * @param gradNormEnd the same over the last tenth
     * @param dFakeEnd D's mean score of fakes over the last tenth of the steps (a probability for the cross-entropy
     *     losses): near 0 when D wins
     * @param cpuSeconds processor time the whole process used meanwhile (all threads), which other programs
     *     competing for the cores do not inflate the way they inflate {@code seconds}
     */
    public record Result(LabPreset preset, String dataset, GanConfig config, long steps, double seconds, double cpuSeconds,
            ModeCoverage coverage, List<Measurement> history, List<CollapseDetector.Notice> notices,
            double gradNormStart, double gradNormEnd, double dFakeEnd) {

        /**
         * How many times the samples' mean went around the origin (the centre of ring8 and grid25), counter-clockwise
         * positive: the orbit of an oscillating GAN. Each measurement adds the angle between consecutive means.
         */
        public double meanTurns() {
            double radians = 0;
            for (int i = 1; i < history.size(); i++) {
                Measurement a = history.get(i - 1);
                Measurement b = history.get(i);
                radians += Math.atan2(a.meanX() * b.meanY() - a.meanY() * b.meanX(), a.meanX() * b.meanX() + a.meanY() * b.meanY());
            }
            return radians / (2 * Math.PI);
        }

        /** How far the samples' mean travelled, measurement to measurement: small when training settles. */
        public double meanPath() {
            double path = 0;
            for (int i = 1; i < history.size(); i++) {
                path += Math.hypot(history.get(i).meanX() - history.get(i - 1).meanX(),
                        history.get(i).meanY() - history.get(i - 1).meanY());
            }
            return path;
        }

        /**
         * How many times the samples' mean crossed the origin along x between measurements: an oscillating GAN
         * keeps swinging through the data's centre (0 on every toy dataset) instead of settling.
         */
        public int meanCrossings() {
            int crossings = 0;
            for (int i = 1; i < history.size(); i++) {
                if (Math.signum(history.get(i).meanX()) * Math.signum(history.get(i - 1).meanX()) < 0) {
                    crossings++;
                }
            }
            return crossings;
        }

        /** The largest distance of the samples' mean from the origin over the second half of the measurements. */
        public double lateSwing() {
            return history.subList(history.size() / 2, history.size()).stream()
                    .mapToDouble(m -> Math.hypot(m.meanX(), m.meanY())).max().orElse(0);
        }

        /** The median of modes captured over the second half of the measurements. */
        public double modesMedian() {
            int[] late = history.subList(history.size() / 2, history.size()).stream()
                    .mapToInt(Measurement::modesCaptured).sorted().toArray();
            int n = late.length;
            return n % 2 == 1 ? late[n / 2] : (late[n / 2 - 1] + late[n / 2]) / 2.0;
        }
    }

    private HeadlessLabRun() {}

    public static Result run(NDManager root, LabPreset preset, String dataset, long seed, long steps, int threads,
            Consumer<String> progress) {
        GanConfig config = preset.config(dataset, seed).withThreads(threads);
        Dataset data = DatasetLoader.forRun(DataSpec.of(dataset));
        CollapseDetector detector = new CollapseDetector();
        List<Measurement> history = new ArrayList<>();
        long every = Math.max(1, steps / MEASUREMENTS);
        long first = Math.min(steps, Math.max(10, steps / 100));
        long tenth = Math.max(1, steps / 10);
        double startSum = 0;
        double endSum = 0;
        double dFakeSum = 0;
        long start = System.nanoTime();
        long cpuStart = ProcessCpu.nanos();
        ModeCoverage coverage = null;
        try (GanExperiment experiment = new GanExperiment(root, data, config)) {
            int gradNorm = experiment.metricNames().indexOf("grad_norm_g");
            int dFake = experiment.metricNames().indexOf("d_fake");
            for (long i = 1; i <= steps; i++) {
                MetricPoint point = experiment.step(StepKind.BOTH);
                if (i <= first) {
                    startSum += point.values()[gradNorm];
                }
                if (i > steps - tenth) {
                    endSum += point.values()[gradNorm];
                    dFakeSum += point.values()[dFake];
                }
                if (i % every == 0 || i == steps) {
                    float[] samples = experiment.sample(SAMPLES);
                    coverage = ModeTargets.coverage(data, samples).orElseThrow();
                    double[] mean = mean(samples, data.itemSize());
                    Measurement m = new Measurement(i, coverage.modesCaptured(), coverage.highQualityFraction(),
                            coverage.reverseKl(), mean[0], mean.length > 1 ? mean[1] : 0);
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
        double cpuSeconds = cpuStart < 0 ? Double.NaN : (ProcessCpu.nanos() - cpuStart) / 1e9;
        return new Result(preset, dataset, config, steps, seconds, cpuSeconds, coverage, List.copyOf(history), detector.notices(),
                startSum / first, endSum / tenth, dFakeSum / tenth);
    }

    private static double[] mean(float[] samples, int dimensions) {
        double[] sum = new double[dimensions];
        for (int i = 0; i < samples.length; i++) {
            sum[i % dimensions] += samples[i];
        }
        int n = samples.length / dimensions;
        for (int d = 0; d < dimensions; d++) {
            sum[d] /= n;
        }
        return sum;
    }
}
