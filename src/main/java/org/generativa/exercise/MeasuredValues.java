package org.generativa.exercise;

import java.util.LinkedHashMap;
import java.util.Map;
import org.generativa.metrics.ClassCoverage;
import org.generativa.metrics.ModeCoverage;
import org.generativa.preview.Report;

/**
 * The values a check can ask of a measurement taken now and then, slower than a step (a few seconds apart in the
 * app): the reference classifier's scores of samples, or the modes samples capture on a mixture in the plane.
 */
public final class MeasuredValues {

    public static final String RECOGNISABLE = "recognisable";
    public static final String CLASS_KL = "class_kl";
    public static final String CLASSES_CAPTURED = "classes_captured";
    public static final String COND_ACCURACY = "cond_accuracy";
    public static final String MODES_CAPTURED = "modes_captured";
    /** The share of samples within 3σ of their nearest mode: samples on the data, whichever modes they take. */
    public static final String HQ_FRACTION = "hq_fraction";

    private MeasuredValues() {}

    /** Whether {@code metric} comes from a measurement rather than from each step. */
    public static boolean isMeasured(String metric) {
        return isClassScore(metric) || MODES_CAPTURED.equals(metric) || HQ_FRACTION.equals(metric);
    }

    /** Whether {@code metric} is one of the reference classifier's scores (labelled images only). */
    public static boolean isClassScore(String metric) {
        return RECOGNISABLE.equals(metric) || CLASS_KL.equals(metric) || CLASSES_CAPTURED.equals(metric)
                || COND_ACCURACY.equals(metric);
    }

    /**
     * The values of {@code report} by name; a value the measurement could not say is left out (classes captured
     * while too few samples are recognised to call a class missing, say).
     */
    public static Map<String, Double> of(Report report) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (report instanceof ClassCoverage c) {
            values.put(RECOGNISABLE, c.recognisable());
            values.put(CLASS_KL, c.klToUniform());
            if (c.recognisable() * c.samples() >= ClassCoverage.MIN_RECOGNISED) {
                values.put(CLASSES_CAPTURED, (double) (c.classes().size() - c.missingClasses().size()));
            }
            if (!Double.isNaN(c.condAccuracy())) {
                values.put(COND_ACCURACY, c.condAccuracy());
            }
        } else if (report instanceof ModeCoverage m) {
            values.put(MODES_CAPTURED, (double) m.modesCaptured());
            values.put(HQ_FRACTION, m.highQualityFraction());
        }
        return values;
    }
}
