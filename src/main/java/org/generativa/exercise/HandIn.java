package org.generativa.exercise;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.generativa.train.RecordedMetrics;

/**
 * What a student hands in for an exercise: who, when, how long they spent, the run's model, data and settings, where
 * they got to (the progress: checks passed and answers), the metric history and the newest samples.
 *
 * @param settings the run's settings by command-line key, as text, in the order to show them
 * @param samplesPng the newest sample grid as a PNG, or null when the run has none yet
 * @param runFile the name of the run file written beside the report, or null
 */
public record HandIn(ExerciseProgress progress, Locale language, String student, ZonedDateTime exported, Duration spent,
        String model, String dataset, Map<String, String> settings, long trainedSteps, RecordedMetrics metrics,
        byte[] samplesPng, String runFile) {}
