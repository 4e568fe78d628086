package org.generativa.ui.widgets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a {@link TrainingChart}: every raw value with its exponential moving average, and what of both is
 * drawn (each decimated below {@link #CAP} points by {@link SeriesDecimator}).
 */
public final class ChartSeries {

    static final int CAP = 1200;

    /** Every value a series received, in order. */
    public record Raw(long[] steps, double[] values) {}

    private final String name;
    private final String tip;
    private SeriesDecimator rawDisplay = new SeriesDecimator(CAP);
    private SeriesDecimator smoothDisplay = new SeriesDecimator(CAP);
    private final List<double[]> shownRaw = new ArrayList<>();
    private final List<double[]> shownSmooth = new ArrayList<>();
    private long[] steps = new long[1024];
    private double[] values = new double[1024];
    private double[] smoothed = new double[1024];
    private int size;

    ChartSeries(String name, String tip) {
        this.name = name;
        this.tip = tip;
    }

    String name() {
        return name;
    }

    String tip() {
        return tip;
    }

    /** Adds a value (NaN, a step that did not measure it, is skipped); {@code alpha} is the average's weight of the past. */
    void add(long step, double value, double alpha) {
        if (Double.isNaN(value)) {
            return;
        }
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
            values = Arrays.copyOf(values, size * 2);
            smoothed = Arrays.copyOf(smoothed, size * 2);
        }
        double average = size == 0 ? value : alpha * smoothed[size - 1] + (1 - alpha) * value;
        steps[size] = step;
        values[size] = value;
        smoothed[size] = average;
        size++;
        rawDisplay.add(step, value);
        smoothDisplay.add(step, average);
    }

    /** Takes what the decimators changed into the drawn points; whether anything changed. */
    boolean flush() {
        return apply(rawDisplay.flush(), shownRaw) | apply(smoothDisplay.flush(), shownSmooth);
    }

    private static boolean apply(SeriesDecimator.Update update, List<double[]> shown) {
        if (update.isEmpty()) {
            return false;
        }
        if (update.replace()) {
            shown.clear();
        }
        for (int i = 0; i < update.steps().length; i++) {
            shown.add(new double[] {update.steps()[i], update.values()[i]});
        }
        return true;
    }

    /** Averages the raw values again with another weight of the past. */
    void smooth(double alpha) {
        smoothDisplay = new SeriesDecimator(CAP);
        for (int i = 0; i < size; i++) {
            smoothed[i] = i == 0 ? values[0] : alpha * smoothed[i - 1] + (1 - alpha) * values[i];
            smoothDisplay.add(steps[i], smoothed[i]);
        }
        shownSmooth.clear();
        apply(smoothDisplay.flush(), shownSmooth);
    }

    void clear() {
        size = 0;
        rawDisplay = new SeriesDecimator(CAP);
        smoothDisplay = new SeriesDecimator(CAP);
        shownRaw.clear();
        shownSmooth.clear();
    }

    int rawShown() {
        return shownRaw.size();
    }

    double[][] rawPoints() {
        return shownRaw.toArray(double[][]::new);
    }

    double[][] smoothedShown() {
        return shownSmooth.toArray(double[][]::new);
    }

    long lastStep() {
        return size == 0 ? 0 : steps[size - 1];
    }

    /** The lowest and highest value drawn (only positive ones on a log scale); an empty range when none. */
    double[] range(boolean log) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (List<double[]> shown : List.of(shownRaw, shownSmooth)) {
            for (double[] p : shown) {
                if (Double.isFinite(p[1]) && (!log || p[1] > 0)) {
                    low = Math.min(low, p[1]);
                    high = Math.max(high, p[1]);
                }
            }
        }
        return new double[] {low, high};
    }

    /** The raw value nearest {@code step}: its step, value and average; null before the first. */
    double[] at(long step) {
        if (size == 0) {
            return null;
        }
        int i = Arrays.binarySearch(steps, 0, size, step);
        if (i < 0) {
            int after = -i - 1;
            i = after >= size ? size - 1 : after == 0 ? 0
                    : step - steps[after - 1] <= steps[after] - step ? after - 1 : after;
        }
        return new double[] {steps[i], values[i], smoothed[i]};
    }

    Raw raw() {
        return new Raw(Arrays.copyOf(steps, size), Arrays.copyOf(values, size));
    }
}
