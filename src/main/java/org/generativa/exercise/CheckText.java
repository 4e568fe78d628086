package org.generativa.exercise;

import java.text.NumberFormat;
import java.util.Locale;
import org.generativa.common.Messages;

/** A step's check as a sentence in a language: "mean D(G(z)) is between 0.25 and 0.75 for 20 steps in a row". */
public final class CheckText {

    private CheckText() {}

    public static String describe(LiveCheck check, Locale language) {
        String value = valueName(check.metric(), check.relativeTo(), language);
        String range = Double.isNaN(check.min()) ? Messages.format(language, "exercise.atMost", number(check.max(), language))
                : Double.isNaN(check.max()) ? Messages.format(language, "exercise.atLeast", number(check.min(), language))
                : Messages.format(language, "exercise.between", number(check.min(), language), number(check.max(), language));
        String sentence = check.forSteps() <= 1 ? Messages.format(language, "exercise.checkOnce", value, range)
                : Messages.format(language, MeasuredValues.isMeasured(check.metric()) ? "exercise.checkMeasured"
                        : "exercise.check", value, range, String.valueOf(check.forSteps()));
        return check.fromStep() <= 0 ? sentence
                : Messages.format(language, "exercise.fromStep", sentence, String.format(language, "%,d", check.fromStep()));
    }

    /** What the charts call {@code metric} in {@code language} (its own name when they have none for it). */
    private static String metricName(String metric, Locale language) {
        return Messages.getOr(language, "metric." + metric, metric);
    }

    /** {@code metric}, or {@code metric − relativeTo} when a check compares two values, as the charts name them. */
    static String valueName(String metric, String relativeTo, Locale language) {
        return relativeTo == null ? metricName(metric, language)
                : metricName(metric, language) + " − " + metricName(relativeTo, language);
    }

    private static String number(double v, Locale language) {
        return NumberFormat.getNumberInstance(language).format(v);
    }
}
