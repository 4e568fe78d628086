package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTrainCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theLastLineHasOneRowPerModelWithBothSidesAndTheirRatio() throws Exception {
        CliRun r = CliRun.of("bench", "train", "--models", "gan,vae", "--rounds", "1", "--steps", "2", "--warmup", "1",
                "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode models = JSON.readTree(r.lastOutLine()).get("models");
        assertEquals(2, models.size());
        assertEquals(List.of("gan", "vae"), List.of(models.get(0).get("model").asText(), models.get(1).get("model").asText()));
        for (JsonNode row : models) {
            assertTrue(row.get("generativa_steps_per_s").asDouble() > 0, row.toString());
            assertEquals(1, row.get("threads_generativa").asInt());
            assertTrue(row.get("gflop_per_step").asDouble() > 0.1, row.toString());
            assertEquals(row.get("generativa_steps_per_s").asDouble() * row.get("gflop_per_step").asDouble(),
                    row.get("generativa_gflops").asDouble(), 1e-3);
            assertTrue(row.get("matmul_peak_gflops").asDouble() > 0);
            if (row.get("pytorch_steps_per_s").isNull()) {
                assertTrue(row.get("ratio").isNull());
                assertTrue(r.out().contains("setup.sh"), "says how to install the peer");
            } else {
                assertEquals(1, row.get("threads_pytorch").asInt());
                assertEquals(row.get("generativa_steps_per_s").asDouble() / row.get("pytorch_steps_per_s").asDouble(),
                        row.get("ratio").asDouble(), 1e-4);
            }
        }
    }

    @Test
    void withoutPytorchGenerativaIsStillMeasuredAndTheInstallIsExplained() throws Exception {
        CliRun r = CliRun.of("bench", "train", "--models", "vae", "--rounds", "1", "--steps", "2", "--warmup", "0",
                "--threads", "1", "--python", "/no/such/python3", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("PyTorch peer: no python3 with torch and numpy found; install them with"
                + " `bash src/bench/setup.sh`"), r.out());
        JsonNode row = JSON.readTree(r.lastOutLine()).get("models").get(0);
        assertTrue(row.get("generativa_steps_per_s").asDouble() > 0);
        assertTrue(row.get("pytorch_steps_per_s").isNull());
        assertTrue(row.get("ratio").isNull());
        assertTrue(row.get("threads_pytorch").isNull());
    }

    @Test
    void unknownModelsAreRefusedBeforeAnythingRuns() {
        CliRun r = CliRun.of("bench", "train", "--models", "gan,bigan");
        assertEquals(1, r.code());
        assertEquals(List.of("generativa: Unknown model for the benchmarks 'bigan': choose gan, dcgan, vae, conv-vae, wgan-gp."),
                r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void setupNamesTheMissingScript() {
        CliRun r = CliRun.of("bench", "train", "--models", "gan", "--setup", "--scripts", "/no/such/folder");
        assertEquals(1, r.code());
        assertEquals(List.of("generativa: --setup runs /no/such/folder/setup.sh, which does not exist; give the peer"
                + " scripts' folder with --scripts."), r.errLines());
    }
}
