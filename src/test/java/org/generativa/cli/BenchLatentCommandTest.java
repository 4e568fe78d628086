package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchLatentCommandTest {

    @Test
    void theLastLineIsOneJsonObjectOfLatencies() throws Exception {
        CliRun r = CliRun.of("bench", "latent", "--models", "vae", "--requests", "5", "--warmup", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode results = new ObjectMapper().readTree(r.lastOutLine()).get("results");
        assertEquals(1, results.size());
        JsonNode vae = results.get(0);
        assertEquals("vae", vae.get("model").asText());
        for (String key : List.of("idle_p50_ms", "idle_p95_ms", "training_p50_ms", "training_p95_ms", "render_p50_ms", "step_ms")) {
            assertTrue(vae.get(key).isNumber() && vae.get(key).asDouble() > 0, key + " in " + vae);
        }
        assertTrue(vae.get("idle_p95_ms").asDouble() >= vae.get("idle_p50_ms").asDouble());
        assertEquals(5, vae.get("requests").asInt());
    }

    @Test
    void unknownModelsAreRefusedBeforeAnythingRuns() {
        CliRun r = CliRun.of("bench", "latent", "--models", "vae,bigan");
        assertEquals(1, r.code());
        assertEquals(List.of("generativa: Unknown model 'bigan' for bench latent: choose vae or dcgan."), r.errLines());
        assertEquals("", r.out());
    }
}
