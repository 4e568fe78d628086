package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.generativa.lab.LabPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void listNamesEveryPresetWithWhatItChanges() {
        CliRun r = CliRun.of("toy", "--list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.outLines();
        assertEquals(LabPreset.values().length, lines.size(), r.out());
        for (int i = 0; i < lines.size(); i++) {
            LabPreset preset = LabPreset.values()[i];
            assertTrue(lines.get(i).startsWith(preset.cliName() + " "), lines.get(i));
            if (preset != LabPreset.COLLAPSE) {
                assertTrue(lines.get(i).endsWith(preset.changed()), lines.get(i));
            }
        }
        assertTrue(lines.get(2).contains("packing 1 → "), lines.get(2));
    }

    @Test
    void unknownPresetOrDatasetIsOneSentenceAndAFailure() {
        CliRun r = CliRun.of("toy", "--preset", "nope", "--json");
        assertEquals(1, r.code());
        assertEquals(List.of("generativa: Unknown preset 'nope': choose collapse, wgan-gp, pacgan, unrolled, minibatch,"
                + " replay, vanishing, non-saturating, oscillation."), r.errLines());
        assertEquals("", r.out());
        CliRun d = CliRun.of("toy", "--preset", "pacgan", "--dataset", "moons");
        assertEquals(1, d.code());
        assertEquals(List.of("generativa: The pacgan preset runs on ring8 or grid25, not 'moons'."), d.errLines());
        CliRun none = CliRun.of("toy");
        assertNotEquals(0, none.code());
        assertEquals(1, none.errLines().size(), none.err());
        CliRun steps = CliRun.of("toy", "--preset", "collapse", "--steps", "0");
        assertEquals(List.of("generativa: --steps must be at least 1, not 0."), steps.errLines());
    }

    @Test
    void aShortRunReportsModeMetricsAsTheLastLine() throws Exception {
        CliRun r = CliRun.of("toy", "--preset", "pacgan", "--seed", "4", "--steps", "80", "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.lastOutLine());
        assertEquals("pacgan", json.get("preset").asText());
        assertEquals("ring8", json.get("dataset").asText());
        assertEquals(4, json.get("seed").asLong());
        assertEquals(80, json.get("steps").asLong());
        assertEquals(8, json.get("modes_total").asInt());
        int modes = json.get("modes").asInt();
        assertTrue(modes >= 0 && modes <= 8, "modes " + modes);
        double hq = json.get("hq").asDouble();
        assertTrue(hq >= 0 && hq <= 1, "hq " + hq);
        assertTrue(json.get("rkl").asDouble() >= 0 && json.get("rkl").asDouble() <= Math.log(8) + 1e-6, "rkl");
        assertTrue(json.get("seconds").asDouble() > 0);
        List<Integer> history = new ArrayList<>();
        json.get("modes_history").forEach(n -> history.add(n.asInt()));
        assertEquals(40, history.size(), "one measurement every 80 / 40 steps");
        assertEquals(modes, history.get(history.size() - 1), "the last measurement is the final one");
        int[] late = history.subList(20, 40).stream().mapToInt(Integer::intValue).sorted().toArray();
        assertEquals((late[9] + late[10]) / 2.0, json.get("modes_median").asDouble(), 1e-9, "median of the second half");
        assertEquals(LabPreset.PACGAN.changed(), json.get("changed").asText());
        assertTrue(json.get("collapse_notices").isArray());
        assertTrue(json.get("grad_norm_g_start").asDouble() > 0);
        double dFake = json.get("d_fake_end").asDouble();
        assertTrue(dFake > 0 && dFake < 1, "D's score of fakes is a probability: " + dFake);
        assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith("step 80/80  modes ")), r.out());

        CliRun again = CliRun.of("toy", "--preset", "pacgan", "--seed", "4", "--steps", "80", "--json");
        JsonNode twin = JSON.readTree(again.lastOutLine());
        for (String key : List.of("modes", "hq", "rkl", "modes_history")) {
            assertEquals(json.get(key), twin.get(key), key + " is reproducible with one thread");
        }
    }

    @Test
    void vanishingIsNotOfferedOnTheOneDimensionalBimodalDataWhereItDoesNotHappen() throws Exception {
        CliRun r = CliRun.of("toy", "--preset", "vanishing", "--dataset", "bimodal", "--steps", "40", "--json");
        assertEquals(1, r.code());
        assertEquals(List.of("generativa: The vanishing preset runs on ring8 or grid25, not 'bimodal'."), r.errLines());
    }

    @Test
    void theOscillationIsTheDiracGanAndKeepsSwingingThroughTheDataInsteadOfSettling() throws Exception {
        CliRun r = CliRun.of("toy", "--preset", "oscillation", "--steps", "3000", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = JSON.readTree(r.lastOutLine());
        assertEquals("dirac", json.get("dataset").asText(), "the preset's own data by default");
        assertTrue(json.get("mean_crossings").asInt() >= 6, "G's point crossed the data again and again: " + json);
        assertTrue(json.get("mean_swing_late").asDouble() > 0.3, "and still swings wide in the second half: " + json);
        assertEquals(0, json.get("modes").asInt(), "so it is seldom on the data when measured");

        CliRun ring = CliRun.of("toy", "--preset", "oscillation", "--dataset", "ring8", "--steps", "10");
        assertEquals(List.of("generativa: The oscillation preset runs on dirac, not 'ring8'."), ring.errLines());
    }

    @Test
    void trainTakesPackingAndUnrollingAsOptions() throws Exception {
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("train", "--model", "gan", "--dataset", "ring8", "--steps", "3", "--batch", "64",
                "--packing", "4", "--unrolled", "2", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode config = JSON.readTree(Files.readString(out.resolve("config.json")));
        assertEquals(4, config.get("tricks").get("packing").asInt());
        assertEquals(2, config.get("tricks").get("unrolledSteps").asInt());
        CliRun refused = CliRun.of("train", "--model", "gan", "--dataset", "ring8", "--steps", "3", "--batch", "100",
                "--packing", "3", "--out", dir.resolve("refused").toString());
        assertEquals(1, refused.code());
        assertEquals(List.of("generativa: The batch size 100 is not divisible by the packing 3: D judges packs of 3 samples,"
                + " so choose a batch size that is a multiple of 3."), refused.errLines());
        assertTrue(Arrays.asList(CliRun.of("train", "--help").out().split("\\s+")).contains("--unrolled=N"));
    }
}
