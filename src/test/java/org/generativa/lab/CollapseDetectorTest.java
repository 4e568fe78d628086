package org.generativa.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CollapseDetectorTest {

    /** Feeds modes captured at steps 100, 200, ... and returns every notice. */
    private static List<CollapseDetector.Notice> feed(CollapseDetector detector, int... modes) {
        for (int i = 0; i < modes.length; i++) {
            detector.add(100L * (i + 1), modes[i]);
        }
        return detector.notices();
    }

    private static List<CollapseDetector.Notice> feed(int... modes) {
        return feed(new CollapseDetector(), modes);
    }

    @Test
    void aClearFallIsAtLeastTwoModesOrAFifthOfTheBest() {
        assertEquals(2, CollapseDetector.clearFall(1));
        assertEquals(2, CollapseDetector.clearFall(3));
        assertEquals(2, CollapseDetector.clearFall(8));
        assertEquals(2, CollapseDetector.clearFall(10));
        assertEquals(3, CollapseDetector.clearFall(11));
        assertEquals(5, CollapseDetector.clearFall(25));
    }

    @Test
    void steadyCoverageRaisesNothing() {
        assertEquals(List.of(), feed(8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8));
        assertEquals(List.of(), feed(0, 1, 2, 4, 6, 8, 8), "rising coverage");
    }

    @Test
    void oneLowSampleIsJitterNotCollapse() {
        assertEquals(List.of(), feed(8, 8, 8, 5, 8, 8, 8, 3, 8, 8));
    }

    @Test
    void aOneModeWobbleIsNotAFall() {
        assertEquals(List.of(), feed(8, 7, 8, 7, 7, 7, 7, 7, 7, 8, 7));
        assertEquals(List.of(), feed(25, 21, 21, 21, 22, 21), "four of 25 is within a fifth");
    }

    @Test
    void aSustainedFallRaisesOneNoticeAtItsSecondMeasurement() {
        CollapseDetector detector = new CollapseDetector();
        assertEquals(Optional.empty(), detector.add(100, 8));
        assertEquals(Optional.empty(), detector.add(200, 8));
        assertEquals(Optional.empty(), detector.add(300, 3));
        assertEquals(Optional.of(new CollapseDetector.Notice(400, 8, 2)), detector.add(400, 2));
        for (int step = 500; step < 2000; step += 100) {
            assertEquals(Optional.empty(), detector.add(step, 2), "still collapsed at " + step + " is the same fall");
        }
        assertEquals(List.of(new CollapseDetector.Notice(400, 8, 2)), detector.notices());
        assertEquals(25, feed(25, 25, 19, 20).get(0).from());
        assertEquals(20, feed(25, 25, 19, 20).get(0).to());
    }

    @Test
    void aGradualFallIsNoticedOnceItIsClear() {
        assertEquals(List.of(new CollapseDetector.Notice(500, 8, 5)), feed(8, 8, 7, 6, 5, 4));
    }

    @Test
    void recoveryAndASecondFallGiveASecondNotice() {
        List<CollapseDetector.Notice> notices = feed(8, 8, 3, 3, 8, 8, 8, 2, 2);
        assertEquals(List.of(new CollapseDetector.Notice(400, 8, 3), new CollapseDetector.Notice(900, 8, 2)), notices);
    }

    @Test
    void theBestIsTakenOverTheRecentWindowOnly() {
        CollapseDetector detector = new CollapseDetector(3, 2);
        List<CollapseDetector.Notice> notices = feed(detector, 8, 7, 7, 7, 5, 5);
        assertEquals(List.of(new CollapseDetector.Notice(600, 7, 5)), notices, "the 8 is older than the window of 3");
        assertEquals(Optional.of(5), detector.recentBest());
        CollapseDetector single = new CollapseDetector(10, 1);
        assertEquals(1, feed(single, 8, 5).size(), "with one confirmation a single low value is enough");
    }

    @Test
    void resetForgetsEverything() {
        CollapseDetector detector = new CollapseDetector();
        feed(detector, 8, 8, 2, 2);
        assertEquals(1, detector.notices().size());
        detector.reset();
        assertEquals(List.of(), detector.notices());
        assertEquals(Optional.empty(), detector.recentBest());
        assertEquals(Optional.empty(), detector.add(100, 1));
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThrows(IllegalArgumentException.class, () -> new CollapseDetector(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new CollapseDetector(5, 0));
        assertTrue(new CollapseDetector().notices().isEmpty());
    }
}
