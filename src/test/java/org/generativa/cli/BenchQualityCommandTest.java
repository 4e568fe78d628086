package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchQualityCommandTest {

    @Test
    void aShortRaceScoresEachSeedAtItsTimesAndGivesMedians() throws Exception {
        CliRun r = CliRun.of("bench", "quality", "--models", "vae", "--dataset", "digits", "--budget", "1.2", "--every", "0.6",
                "--seeds", "2", "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err() + r.out());
        String[] lines = r.out().strip().split("\n");
        JsonNode result = new ObjectMapper().readTree(lines[lines.length - 1]);
        JsonNode vae = result.get("models").get(0);
        assertEquals("vae", vae.get("model").asText());
        assertEquals(2, vae.get("runs").size());
        for (JsonNode run : vae.get("runs")) {
            JsonNode scores = run.get("scores");
            assertEquals(2, scores.size(), "a score every 0.6 s of a 1.2 s budget: " + run);
            assertTrue(scores.get(0).get("seconds").asDouble() >= 0.6 && scores.get(1).get("seconds").asDouble() >= 1.2,
                    "scored once the training time was reached: " + run);
            assertTrue(scores.get(1).get("steps").asLong() > scores.get(0).get("steps").asLong());
            double recognisable = scores.get(1).get("recognisable").asDouble();
            assertTrue(recognisable >= 0 && recognisable <= 1, run.toString());
            if (Files.isReadable(Path.of("/proc/stat"))) {
                assertTrue(run.get("other_cores").isNumber() && run.get("other_cores").asDouble() >= 0,
                        "other processes' cores during the run: " + run);
            }
        }
        double first = vae.get("runs").get(0).get("scores").get(1).get("recognisable").asDouble();
        double second = vae.get("runs").get(1).get("scores").get(1).get("recognisable").asDouble();
        assertEquals((first + second) / 2, vae.get("median_recognisable").get(1).asDouble(), 1e-6, "median of two seeds");
        assertTrue(r.out().contains("vae seed 2: "), r.out());
    }

    @Test
    void unlabelledDataAndNonsenseBudgetsAreRefusedInOneSentence() {
        assertEquals("generativa: --budget and --every must be more than 0 seconds, --seeds at least 1, --threads 1 to 64.",
                CliRun.of("bench", "quality", "--budget", "0").err().strip());
        assertEquals("generativa: Unknown model 'vea': choose " + String.join(", ", org.generativa.run.ModelFamilies.modelNames())
                + ".", CliRun.of("bench", "quality", "--models", "vea").err().strip());
    }
}
