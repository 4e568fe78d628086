package org.generativa.exercise;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.family.ModelFamily;
import org.generativa.preview.PreviewPng;
import org.generativa.run.ModelFamilies;
import org.generativa.run.RunFile;
import org.generativa.train.Experiment;
import org.generativa.train.MetricPoint;
import org.generativa.train.RecordedMetrics;
import org.generativa.train.StepKind;

/**
 * An exercise run without a window, as an instructor checks one before class: its model trains from the exercise's
 * settings, and its steps are gone through in order, each ticked off when its check has held for its steps in a row
 * (a step without a check is only read). Runs on the calling thread, which must have loaded the engine.
 */
public final class ExerciseRun {

    /**
     * @param checked whether the step has a check
     * @param passed whether its check held (false for a step without one)
     * @param at the training step at which it was ticked off, or -1
     */
    public record StepOutcome(int index, boolean checked, boolean passed, long at) {}

    /**
     * A report to hand in once the run ends, with the run file beside it.
     *
     * @param file the report's HTML file; the run file takes its name with {@code .genrun}
     */
    public record ReportRequest(Path file, String student, Locale language) {

        public Path runFile() {
            return HandInReport.runFileFor(file);
        }
    }

    /** @param reached how many steps were gone through (ticked off or read) */
    public record Outcome(String id, long steps, double seconds, List<StepOutcome> outcomes, int reached) {

        public boolean allChecksPassed() {
            return outcomes.stream().allMatch(o -> !o.checked() || o.passed());
        }
    }

    private ExerciseRun() {}

    /** Trains for at most {@code maxSteps}, stopping early once every step is gone through. */
    public static Outcome run(Exercise exercise, NDManager manager, long maxSteps, Consumer<String> progress) {
        return run(exercise, manager, maxSteps, progress, null);
    }

    /** As {@link #run(Exercise, NDManager, long, Consumer)}, then writes {@code report} (when not null). */
    public static Outcome run(Exercise exercise, NDManager manager, long maxSteps, Consumer<String> progress,
            ReportRequest report) {
        return runWith(ModelFamilies.ofModel(exercise.model()).orElseThrow(), exercise, manager, maxSteps, progress, report);
    }

    /** The engine threads the exercise's model trains with. */
    public static int threads(Exercise exercise) {
        return threadsOf(ModelFamilies.ofModel(exercise.model()).orElseThrow(), exercise);
    }

    private static <C> int threadsOf(ModelFamily<C> family, Exercise exercise) {
        return family.threads(config(family, exercise, DatasetLoader.forRun(DataSpec.of(exercise.dataset()))));
    }

    private static <C> C config(ModelFamily<C> family, Exercise exercise, Dataset data) {
        return family.configure(exercise.model(), DataSpec.of(exercise.dataset()), data.kind(), exercise.settings());
    }

    private static <C> Outcome runWith(ModelFamily<C> family, Exercise exercise, NDManager manager, long maxSteps,
            Consumer<String> progress, ReportRequest report) {
        Dataset data = DatasetLoader.forRun(DataSpec.of(exercise.dataset()));
        C config = config(family, exercise, data);
        List<ExerciseStep> steps = exercise.steps();
        List<StepOutcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        long trained = 0;
        List<MetricPoint> points = new ArrayList<>();
        try (Experiment<C> experiment = family.create(manager, data, config)) {
            ExerciseProgress progressed = new ExerciseProgress(exercise);
            progressed.restarted(experiment.metricNames());
            while (!progressed.finished()) {
                if (steps.get(progressed.current()).check() == null) {
                    progressed.moveOn();
                    continue;
                }
                if (trained >= maxSteps) {
                    break;
                }
                MetricPoint point = experiment.step(StepKind.BOTH);
                points.add(point);
                trained++;
                int before = progressed.current();
                if (progressed.accept(trained, point.values())) {
                    progress.accept("step " + (before + 1) + " of " + steps.size() + " ticked off at training step " + trained);
                }
            }
            if (report != null) {
                handIn(family, experiment, config, data, progressed, new RecordedMetrics(experiment.metricNames(), points),
                        Duration.ofNanos(System.nanoTime() - started), report);
            }
            int reached = progressed.current();
            for (int i = 0; i < steps.size(); i++) {
                boolean checked = steps.get(i).check() != null;
                outcomes.add(new StepOutcome(i, checked, progressed.tickedAt(i) >= 0, progressed.tickedAt(i)));
            }
            return new Outcome(exercise.id(), trained, (System.nanoTime() - started) / 1e9, List.copyOf(outcomes), reached);
        }
    }

    private static <C> void handIn(ModelFamily<C> family, Experiment<C> experiment, C config, Dataset data,
            ExerciseProgress progress, RecordedMetrics metrics, Duration spent, ReportRequest report) {
        Exercise exercise = progress.exercise();
        C reference = family.defaults(exercise.model(), DataSpec.of(exercise.dataset()), data.kind());
        Map<String, String> settings = family.settingTexts(config, reference, exercise.settings().keySet());
        try {
            RunFile.save(family, experiment, config, metrics, report.runFile());
            byte[] samples = PreviewPng.encode(experiment.preview());
            HandIn handIn = new HandIn(progress, report.language(), report.student(), ZonedDateTime.now(), spent,
                    exercise.model(), data.name(), settings, experiment.steps(), metrics, samples,
                    report.runFile().getFileName().toString());
            HandInReport.write(handIn, report.file());
        } catch (IOException e) {
            throw InvalidInputException.of(e, "exercise.reportFailed", report.file(), e.getMessage());
        }
    }
}
