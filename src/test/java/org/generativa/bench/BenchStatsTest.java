package org.generativa.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchStatsTest {

    @Test
    void theMedianIsTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertEquals(4.0, BenchStats.median(List.of(9.0, 1.0, 4.0)));
        assertEquals(2.5, BenchStats.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(7.0, BenchStats.median(List.of(7.0)));
        assertThrows(IllegalArgumentException.class, () -> BenchStats.median(List.of()));
    }

    @Test
    void theFastestSettingWinsAndTiesGoToFewerThreads() {
        assertEquals(2, BenchStats.fastest(Map.of(1, 4.0, 2, 6.5)));
        assertEquals(1, BenchStats.fastest(Map.of(1, 9.0, 2, 6.5)));
        assertEquals(1, BenchStats.fastest(Map.of(2, 5.0, 1, 5.0)));
    }

    @Test
    void theRatioIsOursOverTheirsAndUnknownWithoutTheirs() {
        assertEquals(0.75, BenchStats.ratio(3.0, 4.0), 1e-12);
        assertEquals(1.2, BenchStats.ratio(6.0, 5.0), 1e-12);
        assertNull(BenchStats.ratio(3.0, null));
        assertNull(BenchStats.ratio(3.0, 0.0));
    }

    @Test
    void growthRunsFromTheFirstSampleAfterWarmupToTheLast() {
        long[] steps = {0, 1000, 2000, 3000, 4000};
        long[] rss = {100_000, 180_000, 200_000, 204_000, 210_000};
        assertEquals(5.0, BenchStats.growthPercent(steps, rss, 2000), 1e-12);
        assertEquals(5.0, BenchStats.growthPercent(steps, rss, 1500), 1e-12, "the first sample at or after the warm-up");
        assertEquals(110.0, BenchStats.growthPercent(steps, rss, 0), 1e-12);
        assertEquals(0.0, BenchStats.growthPercent(steps, rss, 9000), 1e-12, "warm-up past the end: the last sample alone");
    }

    @Test
    void theSlopeIsMegabytesPerThousandSteps() {
        long[] steps = {0, 1000, 2000, 3000};
        long[] rss = {50_000, 102_400, 104_448, 106_496};
        assertEquals(2.0, BenchStats.megabytesPerThousandSteps(steps, rss, 1000), 1e-9);
        assertEquals(0.0, BenchStats.megabytesPerThousandSteps(steps, rss, 3000), "one sample has no slope");
    }
}
