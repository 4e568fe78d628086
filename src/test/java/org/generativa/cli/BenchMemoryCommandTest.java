package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.generativa.bench.ResidentMemory;
import org.junit.jupiter.api.Test;

class BenchMemoryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneModelIsSampledAtEveryIntervalInThisProcess() throws Exception {
        assumeTrue(ResidentMemory.available(), "no /proc here");
        CliRun r = CliRun.of("bench", "memory", "--models", "vae", "--steps", "5", "--every", "2", "--warmup-steps", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode row = JSON.readTree(r.lastOutLine()).get("models").get(0);
        assertEquals("vae", row.get("model").asText());
        assertEquals(1, row.get("threads").asInt(), "the model's default");
        List<Long> steps = new ArrayList<>();
        row.get("samples").forEach(s -> {
            steps.add(s.get("step").asLong());
            assertTrue(s.get("rss_mb").asDouble() > 10, s.toString());
            assertTrue(s.get("heap_committed_mb").asDouble() > 0, s.toString());
        });
        assertEquals(List.of(0L, 2L, 4L, 5L), steps);
        double base = row.get("samples").get(1).get("rss_mb").asDouble();
        double end = row.get("rss_end_mb").asDouble();
        assertEquals(base, row.get("rss_after_warmup_mb").asDouble(), 1e-6);
        assertEquals(100 * (end - base) / base, row.get("growth_pct").asDouble(), 1e-3);
        JsonNode warm = row.get("samples").get(1);
        JsonNode last = row.get("samples").get(3);
        double outsideBase = warm.get("rss_mb").asDouble() - warm.get("heap_committed_mb").asDouble();
        double outsideEnd = last.get("rss_mb").asDouble() - last.get("heap_committed_mb").asDouble();
        assertEquals(100 * (outsideEnd - outsideBase) / outsideBase, row.get("outside_heap_growth_pct").asDouble(), 1e-2);
    }

    @Test
    void severalModelsRunInAFreshJvmEach() throws Exception {
        assumeTrue(ResidentMemory.available(), "no /proc here");
        CliRun r = CliRun.of("bench", "memory", "--models", "gan,vae", "--steps", "2", "--every", "1", "--warmup-steps", "1",
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode models = JSON.readTree(r.lastOutLine()).get("models");
        assertEquals(2, models.size());
        assertEquals("gan", models.get(0).get("model").asText());
        assertEquals("vae", models.get(1).get("model").asText());
        assertEquals(3, models.get(1).get("samples").size());
        assertTrue(r.out().contains("gan step 2/2"), "the children's progress is passed on: " + r.out());
    }

    @Test
    void unknownModelsAreRefused() {
        CliRun r = CliRun.of("bench", "memory", "--models", "aae");
        assertEquals(1, r.code());
        assertEquals(List.of("generativa: Unknown model for the benchmarks 'aae': choose gan, dcgan, vae, conv-vae, wgan-gp."),
                r.errLines());
    }
}
