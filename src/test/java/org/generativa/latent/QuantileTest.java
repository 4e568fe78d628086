package org.generativa.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantileTest {

    @Test
    void nearestRankQuantiles() {
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertEquals(50, PreviewLatencyBenchmark.quantile(hundred, 0.5));
        assertEquals(95, PreviewLatencyBenchmark.quantile(hundred, 0.95));
        assertEquals(7, PreviewLatencyBenchmark.quantile(new double[] {7}, 0.95));
        PreviewLatencyBenchmark.Stats stats = PreviewLatencyBenchmark.Stats.of(List.of(3.0, 1.0, 2.0, 10.0));
        assertEquals(2, stats.p50());
        assertEquals(10, stats.p95());
        assertEquals(10, stats.max());
        assertEquals(4, stats.count());
    }
}
