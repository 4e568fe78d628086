package org.generativa.exercise;

import java.util.Map;

/**
 * One step of an exercise: what to do or look at, optionally settings the step changes (a cure to try, say), a
 * question, and a check on the live values that ticks the step off.
 *
 * @param settings what the step changes, by command-line key, as text; a fresh model starts from them (in the app
 *     when the student applies them, headless at once); empty when the step changes nothing
 * @param question null when the step asks nothing
 * @param check null when nothing is measured (the student moves on by hand)
 */
public record ExerciseStep(Map<String, String> text, Map<String, String> settings, Question question, LiveCheck check) {}
