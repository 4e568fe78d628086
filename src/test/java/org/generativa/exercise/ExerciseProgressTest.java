package org.generativa.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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

    private static final Exercise MEASURED = ExerciseReader.read("{\"id\": \"m\", \"title\": \"M\", \"model\": \"gan\","
            + " \"dataset\": \"ring8\", \"steps\": ["
            + "{\"text\": \"Collapse\", \"check\": {\"metric\": \"modes_captured\", \"max\": 3, \"for_steps\": 2, \"from_step\": 1000}},"
            + "{\"text\": \"Cure\", \"settings\": {\"packing\": \"4\"},"
            + " \"check\": {\"metric\": \"modes_captured\", \"min\": 6, \"for_steps\": 1}}]}", "m.json");

    @Test
    void aMeasuredValueCountsMeasurementsFromItsFirstStepOnAndStepsDoNotMoveIt() {
        ExerciseProgress p = new ExerciseProgress(MEASURED);
        p.restarted(List.of("loss_d", "d_fake"));
        assertFalse(p.measured(500, Map.of("modes_captured", 0.0)), "before step 1,000 nothing counts");
        assertFalse(p.measured(900, Map.of("modes_captured", 1.0)));
        assertFalse(p.measured(1000, Map.of("modes_captured", 2.0)), "one measurement of two");
        for (int step = 1001; step < 1100; step++) {
            assertFalse(p.accept(step, new double[] {1, 0.5}), "step values do not tick a measured check");
        }
        assertTrue(p.measured(1100, Map.of("modes_captured", 3.0)));
        assertEquals(1100, p.tickedAt(0));
        assertEquals(Map.of("packing", "4"), MEASURED.steps().get(1).settings());
        assertFalse(p.measured(1200, Map.of()), "a value the measurement could not say never holds");
        assertFalse(p.measured(1300, Map.of("modes_captured", 5.0)));
        assertTrue(p.measured(1400, Map.of("modes_captured", 7.0)));
        assertTrue(p.finished());
    }
}
