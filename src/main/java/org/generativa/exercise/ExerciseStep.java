package org.generativa.exercise;

import java.util.Map;

/**
 * One step of an exercise: what to do or look at, and optionally a question and a check on the live values that
 * ticks the step off.
 *
 * @param question null when the step asks nothing
 * @param check null when nothing is measured (the student moves on by hand)
 */
public record ExerciseStep(Map<String, String> text, Question question, LiveCheck check) {}
