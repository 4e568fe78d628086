package org.generativa.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/** The arithmetic of benchmark reports: medians of rounds, the fastest setting, ratios. */
public final class BenchStats {

    private BenchStats() {}

    /** The middle value, or the mean of the two middle values of an even count. */
    public static double median(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The key with the highest value (the lowest key among equals). */
    public static int fastest(Map<Integer, Double> stepsPerSecondByThreads) {
        return stepsPerSecondByThreads.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey(), a.getKey())
                        : Double.compare(a.getValue(), b.getValue()))
                .orElseThrow(() -> new IllegalArgumentException("no settings")).getKey();
    }

    /** {@code numerator / denominator}, or null when the denominator is unknown or not positive. */
    public static Double ratio(double numerator, Double denominator) {
        return denominator == null || !(denominator > 0) ? null : numerator / denominator;
    }

    /**
     * Growth of resident memory from the first sample at or after {@code warmupSteps} to the last sample,
     * percent of the first.
     */
    public static double growthPercent(long[] steps, long[] residentKb, long warmupSteps) {
        if (steps.length != residentKb.length || steps.length == 0) {
            throw new IllegalArgumentException("need as many samples as steps, at least one");
        }
        int base = 0;
        while (base < steps.length - 1 && steps[base] < warmupSteps) {
            base++;
        }
        return 100.0 * (residentKb[residentKb.length - 1] - residentKb[base]) / residentKb[base];
    }

    /** Least-squares slope of resident memory after warm-up, MB per 1,000 steps (0 with fewer than two samples). */
    public static double megabytesPerThousandSteps(long[] steps, long[] residentKb, long warmupSteps) {
        int from = 0;
        while (from < steps.length && steps[from] < warmupSteps) {
            from++;
        }
        int n = steps.length - from;
        if (n < 2) {
            return 0;
        }
        double[] x = Arrays.stream(steps, from, steps.length).asDoubleStream().toArray();
        double[] y = Arrays.stream(residentKb, from, residentKb.length).asDoubleStream().toArray();
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? 0 : sxy / sxx * 1000 / 1024;
    }
}
