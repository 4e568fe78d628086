package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchSoakCommandTest {

    @Test
    void aShortSoakCyclesTheSessionMovesTheSliderAndReportsMemoryAndThreads() throws Exception {
        CliRun r = CliRun.of("bench", "soak", "--model", "gan", "--dataset", "ring8", "--cycles", "4", "--warmup-cycles", "1",
                "--every", "2", "--slider-events", "40", "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err() + r.out());
        String[] lines = r.out().strip().split("\n");
        JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertEquals(4, figures.get("cycles").asInt());
        assertEquals(40, figures.get("slider_events").asInt());
        assertTrue(figures.get("stuck").isNull());
        assertTrue(figures.get("steps").asLong() >= 4 * 3, "each cycle trained a few steps: " + figures);
        assertTrue(figures.get("rss_end_mb").asDouble() > 0 && figures.get("rss_start_mb").asDouble() > 0);
        assertTrue(figures.get("threads_max").asInt() <= figures.get("threads_start").asInt() + 2,
                "no thread is left behind per cycle: " + figures);
        assertTrue(lines[lines.length - 2].startsWith("4 cycles and 40 slider events in "), lines[lines.length - 2]);
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("cycle ")).count(), "samples at cycles 0, 2 and 4");
    }

    @Test
    void nonsenseCountsAreRefusedInOneSentence() {
        CliRun r = CliRun.of("bench", "soak", "--cycles", "0");
        assertEquals(1, r.code());
        assertEquals("generativa: --cycles and --every must be at least 1, --warmup-cycles and --slider-events at least 0,"
                + " --threads 1 to 64.", r.err().strip());
    }
}
