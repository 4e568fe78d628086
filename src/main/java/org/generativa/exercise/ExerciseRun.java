package org.generativa.exercise;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.family.ModelFamily;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.SampleQualityMonitor;
import org.generativa.metrics.ClassifierCache;
import org.generativa.models.BundledModels;
import org.generativa.preview.PreviewPng;
import org.generativa.preview.Report;
import org.generativa.run.ModelFamilies;
import org.generativa.run.RunFile;
import org.generativa.train.Experiment;
import org.generativa.train.MetricPoint;
import org.generativa.train.NonFiniteGuard;
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

    /**
     * Trains for at most {@code maxSteps} on built-in data (an exercise on downloadable data runs on its stand-in),
     * stopping early once every step is gone through.
     */
    public static Outcome run(Exercise exercise, NDManager manager, long maxSteps, Consumer<String> progress) {
        return run(exercise, manager, maxSteps, progress, null, source -> false);
    }

    /**
     * As {@link #run(Exercise, NDManager, long, Consumer)}, on the exercise's downloadable data when {@code present}
     * says it is here (else on its built-in stand-in), then writes {@code report} (when not null).
     */
    public static Outcome run(Exercise exercise, NDManager manager, long maxSteps, Consumer<String> progress,
            ReportRequest report, Predicate<String> present) {
        Exercise here = exercise.on(present);
        if (here != exercise) {
            progress.accept(exercise.dataset() + " is not on this computer: the exercise runs on " + here.dataset());
        }
        return runWith(ModelFamilies.ofModel(here.model()).orElseThrow(), here, manager, maxSteps, progress, report);
    }

    /** The engine threads the exercise's model trains with (the same on its stand-in data). */
    public static int threads(Exercise exercise) {
        exercise = exercise.on(source -> false);
        return threadsOf(ModelFamilies.ofModel(exercise.model()).orElseThrow(), exercise);
    }

    private static <C> int threadsOf(ModelFamily<C> family, Exercise exercise) {
        return family.threads(config(family, exercise, DatasetLoader.forRun(DataSpec.of(exercise.dataset())),
                exercise.settings()));
    }

    private static <C> C config(ModelFamily<C> family, Exercise exercise, Dataset data, Map<String, String> settings) {
        return family.configure(exercise.model(), DataSpec.of(exercise.dataset()), data.kind(), settings);
    }

    private static <C> Outcome runWith(ModelFamily<C> family, Exercise exercise, NDManager manager, long maxSteps,
            Consumer<String> progress, ReportRequest report) {
        Dataset data = DatasetLoader.forRun(DataSpec.of(exercise.dataset()));
        Map<String, String> settings = new LinkedHashMap<>(exercise.settings());
        List<ExerciseStep> steps = exercise.steps();
        long started = System.nanoTime();
        long trained = 0;
        ExerciseProgress progressed = new ExerciseProgress(exercise);
        Trial<C> trial = null;
        int applied = -1;
        try {
            while (!progressed.finished()) {
                ExerciseStep step = steps.get(progressed.current());
                if (trial == null || progressed.current() != applied && !step.settings().isEmpty()) {
                    settings.putAll(step.settings());
                    applied = progressed.current();
                    if (trial != null) {
                        trial.close();
                        progress.accept("a fresh model with " + step.settings());
                    }
                    trial = new Trial<>(family, manager, data, config(family, exercise, data, settings), needsClassifier(exercise));
                    progressed.restarted(trial.experiment.metricNames());
                }
                if (step.check() == null) {
                    progressed.moveOn();
                    continue;
                }
                if (trained >= maxSteps) {
                    break;
                }
                int before = progressed.current();
                if (trial.step(progressed)) {
                    progress.accept("step " + (before + 1) + " of " + steps.size() + " ticked off at training step "
                            + trial.experiment.steps());
                }
                trained++;
            }
            if (report != null) {
                handIn(family, trial, data, progressed, Duration.ofNanos(System.nanoTime() - started), report);
            }
        } finally {
            if (trial != null) {
                trial.close();
            }
        }
        List<StepOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            boolean checked = steps.get(i).check() != null;
            outcomes.add(new StepOutcome(i, checked, progressed.tickedAt(i) >= 0, progressed.tickedAt(i)));
        }
        return new Outcome(exercise.id(), trained, (System.nanoTime() - started) / 1e9, List.copyOf(outcomes),
                progressed.current());
    }

    private static boolean needsClassifier(Exercise exercise) {
        return exercise.steps().stream().anyMatch(s -> s.check() != null && MeasuredValues.isClassScore(s.check().metric()));
    }

    /**
     * One model trained from one set of settings: its steps feed the progress, and every {@value #MEASURE_EVERY}
     * steps, while the current check asks for a measured value, a measurement does (as the app's reports do every
     * couple of seconds).
     */
    private static final class Trial<C> implements AutoCloseable {

        private static final int MEASURE_EVERY = 100;

        final C config;
        final Experiment<C> experiment;
        final List<MetricPoint> points = new ArrayList<>();
        private final SampleQualityMonitor quality;
        private final NonFiniteGuard guard;

        Trial(ModelFamily<C> family, NDManager manager, Dataset data, C config, boolean classifier) {
            this.config = config;
            this.experiment = family.create(manager, data, config);
            this.guard = new NonFiniteGuard(experiment.metricNames(), experiment::learningRates);
            if (classifier && experiment instanceof GanExperiment gan && SampleQualityMonitor.applies(data)) {
                quality = new SampleQualityMonitor(ClassifierCache.standard(BundledModels.classifiers()));
                quality.prepare(gan, fraction -> { });
            } else {
                quality = null;
            }
        }

        /** Trains one step; true when it ticked the current step off. */
        boolean step(ExerciseProgress progress) {
            MetricPoint point = experiment.step(StepKind.BOTH);
            points.add(point);
            guard.check(point).ifPresent(diverged -> {
                throw diverged.refusal();
            });
            long at = experiment.steps();
            if (progress.accept(at, point.values())) {
                return true;
            }
            LiveCheck check = progress.currentCheck();
            if (check != null && MeasuredValues.isMeasured(check.metric()) && at % MEASURE_EVERY == 0) {
                Report report = experiment.report();
                return report != null && progress.measured(at, MeasuredValues.of(report));
            }
            return false;
        }

        @Override
        public void close() {
            experiment.close();
            if (quality != null) {
                quality.close();
            }
        }
    }

    private static <C> void handIn(ModelFamily<C> family, Trial<C> trial, Dataset data, ExerciseProgress progress,
            Duration spent, ReportRequest report) {
        Experiment<C> experiment = trial.experiment;
        C config = trial.config;
        RecordedMetrics metrics = new RecordedMetrics(experiment.metricNames(), trial.points);
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
