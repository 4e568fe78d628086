package org.generativa.exercise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a student is in an exercise: the current step, how many steps in a row its check has held, the training
 * step at which each step was ticked off, and the answers given. Fed one training step's values at a time (from the
 * live feed in the app, from the trainer headless); a step without a check waits for {@link #moveOn}. Not thread-safe:
 * feed it from one thread.
 */
public final class ExerciseProgress {

    private final Exercise exercise;
    private final long[] tickedAt;
    private final Map<Integer, String> answers = new HashMap<>();
    private Map<String, Integer> columns = Map.of();
    private int current;
    private int held;

    public ExerciseProgress(Exercise exercise) {
        this.exercise = exercise;
        this.tickedAt = new long[exercise.steps().size()];
        Arrays.fill(tickedAt, -1);
    }

    public Exercise exercise() {
        return exercise;
    }

    /** The step the student is on; {@code steps().size()} once every step is done. */
    public int current() {
        return current;
    }

    public boolean finished() {
        return current >= exercise.steps().size();
    }

    /** The training step at which step {@code i}'s check passed, or -1. */
    public long tickedAt(int i) {
        return tickedAt[i];
    }

    /** The metric names of the training run whose values follow (a new run starts the count of held steps again). */
    public void restarted(List<String> metricNames) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < metricNames.size(); i++) {
            map.put(metricNames.get(i), i);
        }
        columns = map;
        held = 0;
    }

    /**
     * One training step's values; returns true when they ticked the current step off. A metric the run does not
     * report reads as not measured, so the check cannot hold.
     */
    public boolean accept(long step, double[] values) {
        LiveCheck check = currentCheck();
        if (check == null || MeasuredValues.isMeasured(check.metric())) {
            return false;
        }
        return held(step, check.holds(name -> column(name, values)));
    }

    /** The value the current step's check is on in one step's values (NaN when there is no check). */
    public double checkedValue(double[] values) {
        LiveCheck check = currentCheck();
        return check == null ? Double.NaN : check.valueOf(name -> column(name, values));
    }

    private double column(String name, double[] values) {
        Integer column = columns.get(name);
        return column == null || column >= values.length ? Double.NaN : values[column];
    }

    /**
     * A measurement taken at training step {@code step} (see {@link MeasuredValues}); returns true when it ticked the
     * current step off. A check on a measured value counts measurements in a row, not steps.
     */
    public boolean measured(long step, Map<String, Double> values) {
        LiveCheck check = currentCheck();
        if (check == null || !MeasuredValues.isMeasured(check.metric())) {
            return false;
        }
        return held(step, check.holds(name -> values.getOrDefault(name, Double.NaN)));
    }

    /** The check of the step the student is on, or null. */
    public LiveCheck currentCheck() {
        return finished() ? null : exercise.steps().get(current).check();
    }

    private boolean held(long step, boolean holds) {
        held = holds && step >= currentCheck().fromStep() ? held + 1 : 0;
        if (held < currentCheck().forSteps()) {
            return false;
        }
        tickedAt[current] = step;
        advance();
        return true;
    }

    /** Goes on from a step without a check (the student read it, or answered its question). */
    public void moveOn() {
        if (!finished() && exercise.steps().get(current).check() == null) {
            advance();
        }
    }

    /** Records the answer to step {@code i}'s question (a choice's number as text, or free text). */
    public void answer(int i, String text) {
        answers.put(i, text);
    }

    public Map<Integer, String> answers() {
        return Map.copyOf(answers);
    }

    /** Whether step {@code i}'s recorded answer is the right choice; false when there is no right choice or no answer. */
    public boolean answeredRight(int i) {
        Question q = exercise.steps().get(i).question();
        return q != null && q.answer() >= 0 && String.valueOf(q.answer()).equals(answers.get(i));
    }

    /** Steps whose checks passed, by number. */
    public List<Integer> passed() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < tickedAt.length; i++) {
            if (tickedAt[i] >= 0) {
                list.add(i);
            }
        }
        return list;
    }

    private void advance() {
        current++;
        held = 0;
    }
}
