package org.generativa.exercise;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.family.ModelFamily;
import org.generativa.run.ModelFamilies;
import org.generativa.train.Experiment;
import org.generativa.train.MetricPoint;
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

    /** @param reached how many steps were gone through (ticked off or read) */
    public record Outcome(String id, long steps, double seconds, List<StepOutcome> outcomes, int reached) {

        public boolean allChecksPassed() {
            return outcomes.stream().allMatch(o -> !o.checked() || o.passed());
        }
    }

    private ExerciseRun() {}

    /** Trains for at most {@code maxSteps}, stopping early once every step is gone through. */
    public static Outcome run(Exercise exercise, NDManager manager, long maxSteps, Consumer<String> progress) {
        return runWith(ModelFamilies.ofModel(exercise.model()).orElseThrow(), exercise, manager, maxSteps, progress);
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
            Consumer<String> progress) {
        Dataset data = DatasetLoader.forRun(DataSpec.of(exercise.dataset()));
        C config = config(family, exercise, data);
        List<ExerciseStep> steps = exercise.steps();
        List<StepOutcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        long trained = 0;
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
                trained++;
                int before = progressed.current();
                if (progressed.accept(trained, point.values())) {
                    progress.accept("step " + (before + 1) + " of " + steps.size() + " ticked off at training step " + trained);
                }
            }
            int reached = progressed.current();
            for (int i = 0; i < steps.size(); i++) {
                boolean checked = steps.get(i).check() != null;
                outcomes.add(new StepOutcome(i, checked, progressed.tickedAt(i) >= 0, progressed.tickedAt(i)));
            }
            return new Outcome(exercise.id(), trained, (System.nanoTime() - started) / 1e9, List.copyOf(outcomes), reached);
        }
    }
}
