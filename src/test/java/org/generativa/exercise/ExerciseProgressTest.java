package org.generativa.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseProgressTest {

    private static final Exercise EXERCISE = ExerciseReader.read("{\"id\": \"t\", \"title\": \"T\", \"model\": \"gan\","
            + " \"dataset\": \"ring8\", \"steps\": ["
            + "{\"text\": \"D wins\", \"check\": {\"metric\": \"d_fake\", \"max\": 0.2, \"for_steps\": 3}},"
            + "{\"text\": \"Why?\", \"question\": {\"text\": \"?\", \"choices\": [\"a\", \"b\"], \"answer\": 1}},"
            + "{\"text\": \"G catches up\", \"check\": {\"metric\": \"d_fake\", \"min\": 0.3, \"for_steps\": 2}}]}", "t.json");

    @Test
    void aCheckTicksItsStepOffOnlyAfterHoldingForItsStepsInARow() {
        ExerciseProgress p = new ExerciseProgress(EXERCISE);
        p.restarted(List.of("loss_d", "d_fake"));
        assertFalse(p.accept(1, new double[] {1, 0.1}));
        assertFalse(p.accept(2, new double[] {1, 0.1}));
        assertFalse(p.accept(3, new double[] {1, 0.5}), "a break starts the count again");
        assertFalse(p.accept(4, new double[] {1, 0.1}));
        assertFalse(p.accept(5, new double[] {1, 0.15}));
        assertTrue(p.accept(6, new double[] {1, 0.05}));
        assertEquals(6, p.tickedAt(0));
        assertEquals(1, p.current());
        assertFalse(p.accept(7, new double[] {1, 0.9}), "a step without a check waits for the student");
        p.answer(1, "1");
        assertTrue(p.answeredRight(1));
        p.moveOn();
        assertEquals(2, p.current());
        p.moveOn();
        assertEquals(2, p.current(), "a step with a check is not skipped by hand");
        assertFalse(p.accept(8, new double[] {1, 0.4}));
        assertTrue(p.accept(9, new double[] {1, 0.5}));
        assertTrue(p.finished());
        assertEquals(List.of(0, 2), p.passed());
    }

    @Test
    void aValueTheRunDoesNotReportNeverHolds() {
        ExerciseProgress p = new ExerciseProgress(EXERCISE);
        p.restarted(List.of("loss_d"));
        for (int i = 1; i <= 10; i++) {
            assertFalse(p.accept(i, new double[] {0.1}));
        }
        p.answer(1, "0");
        assertFalse(p.answeredRight(1));
        assertEquals(-1, p.tickedAt(0));
    }
}
