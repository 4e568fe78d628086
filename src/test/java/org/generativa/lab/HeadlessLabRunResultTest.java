package org.generativa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlessLabRunResultTest {

    private static HeadlessLabRun.Result result(List<HeadlessLabRun.Measurement> history) {
        return new HeadlessLabRun.Result(LabPreset.COLLAPSE, "ring8", null, 100, 1, 1, null, history, List.of(), 1, 1, 0.5);
    }

    private static List<HeadlessLabRun.Measurement> circle(int points, double turns, double radius) {
        List<HeadlessLabRun.Measurement> history = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double angle = 2 * Math.PI * turns * i / (points - 1);
            history.add(new HeadlessLabRun.Measurement(i, 1, 0, 0, radius * Math.cos(angle), radius * Math.sin(angle)));
        }
        return history;
    }

    @Test
    void meanTurnsCountsSignedLapsAroundTheOrigin() {
        assertEquals(1.5, result(circle(41, 1.5, 0.7)).meanTurns(), 1e-9);
        assertEquals(-2.25, result(circle(41, -2.25, 0.1)).meanTurns(), 1e-9);
        List<HeadlessLabRun.Measurement> backAndForth = new ArrayList<>(circle(11, 0.25, 1));
        List<HeadlessLabRun.Measurement> back = new ArrayList<>(circle(11, 0.25, 1));
        Collections.reverse(back);
        backAndForth.addAll(back);
        assertEquals(0, result(backAndForth).meanTurns(), 1e-9, "swinging to and fro is no orbit");
    }

    @Test
    void modesMedianIsTheMedianOfTheSecondHalf() {
        int[] modes = {8, 8, 8, 8, 3, 1, 2, 5, 4, 1};
        List<HeadlessLabRun.Measurement> history = new ArrayList<>();
        for (int i = 0; i < modes.length; i++) {
            history.add(new HeadlessLabRun.Measurement(i, modes[i], 0, 0, 0, 0));
        }
        assertEquals(2, result(history).modesMedian(), 0, "median of 1, 2, 5, 4, 1");
        assertEquals(2.5, result(history.subList(0, 8)).modesMedian(), 0, "median of 3, 1, 2, 5");
    }
}
