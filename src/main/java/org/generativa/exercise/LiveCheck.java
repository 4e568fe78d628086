package org.generativa.exercise;

import java.util.function.ToDoubleFunction;

/**
 * A condition on a training step's values that must hold for {@code forSteps} steps in a row (measurements in a row,
 * for a {@linkplain MeasuredValues measured} value): {@code metric} (minus {@code relativeTo} when one is named)
 * between {@code min} and {@code max}, either bound open when NaN, counted from training step {@code fromStep} on. A
 * value that was not measured (NaN) breaks the run.
 */
public record LiveCheck(String metric, String relativeTo, double min, double max, int forSteps, long fromStep) {

    /** Whether one step's values satisfy the condition; {@code value} reads a metric by name. */
    public boolean holds(ToDoubleFunction<String> value) {
        double v = valueOf(value);
        return !Double.isNaN(v) && (Double.isNaN(min) || v >= min) && (Double.isNaN(max) || v <= max);
    }

    /** The value the condition is on: {@code metric}, minus {@code relativeTo} when one is named. */
    public double valueOf(ToDoubleFunction<String> value) {
        double v = value.applyAsDouble(metric);
        return relativeTo == null ? v : v - value.applyAsDouble(relativeTo);
    }
}
