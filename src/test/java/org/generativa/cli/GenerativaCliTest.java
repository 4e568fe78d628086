package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.gan.GanOptimizer;
import org.generativa.gan.GanTricks;
import org.generativa.gan.LatentNoise;
import org.generativa.nn.Upsampling;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GenerativaCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GenerativaCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aTimeLimitEndsTrainingAfterThatManySecondsAndTheRunIsWrittenAsUsual() throws Exception {
        Path out = dir.resolve("timed");
        CliRun r = CliRun.of("train", "--model", "gan", "--dataset", "ring8", "--time-limit", "1.5", "--out", out.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        JsonNode result = JSON.readTree(lines[lines.length - 1]);
        long steps = result.get("steps").asLong();
        assertTrue(steps > 1000 || result.get("seconds").asDouble() >= 1.5,
                "no step limit without --steps: it trained until the time was up, " + result);
        assertEquals(steps + 1, Files.readAllLines(out.resolve("metrics.csv")).size());
        assertTrue(Files.isRegularFile(out.resolve("checkpoint").resolve("checksums.sha256")), "written as usual");
        assertTrue(r.out().contains(" at 1 s ") || r.out().contains(" at 2 s ") || r.out().contains(" at 0 s "),
                "progress by time, not by step count: " + r.out());

        CliRun capped = CliRun.of("train", "--model", "gan", "--dataset", "ring8", "--time-limit", "600", "--steps", "7",
                "--out", dir.resolve("capped").toString(), "--json");
        assertEquals(0, capped.code(), capped.err());
        String[] cappedLines = capped.out().strip().split("\n");
        assertEquals(7, JSON.readTree(cappedLines[cappedLines.length - 1]).get("steps").asLong(), "--steps still caps it");

        CliRun zero = CliRun.of("train", "--model", "gan", "--dataset", "ring8", "--time-limit", "0");
        assertEquals(1, zero.code());
        assertEquals("generativa: --time-limit must be more than 0 and at most 604800 seconds (a week), not 0.0.",
                zero.err().strip());
    }

    @Test
    void datasetsJsonListsTheBuiltInSets() throws Exception {
        Result r = run("datasets", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode root = JSON.readTree(r.out());
        List<String> names = new ArrayList<>();
        root.get("datasets").forEach(d -> names.add(d.get("name").asText()));
        assertEquals(List.of("ring8", "grid25", "digits", "spiral", "moons", "swissroll", "bimodal", "dirac", "sprites", "faces"), names);
        JsonNode digits = root.get("datasets").get(2);
        assertEquals("images", digits.get("kind").asText());
        assertEquals("1x28x28", digits.get("shape").asText());
        assertEquals("points", root.get("datasets").get(0).get("kind").asText());
    }

    @Test
    void exerciseListsTheBuiltInOnesAndChecksAFile() {
        Result list = run("exercise", "--list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.outLines().get(0).startsWith("vanilla-gan-digits "), list.out());
        Result check = run("exercise", "check", "resources/exercises/denoising-digits.json");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("is a valid exercise"), check.out());
    }

    @Test
    void datasetsTableHasAHeaderAndOneRowPerSet() {
        Result r = run("datasets");
        assertEquals(0, r.code());
        List<String> lines = r.outLines();
        assertTrue(lines.get(0).startsWith("NAME"));
        assertTrue(lines.get(1).startsWith("ring8 ") && lines.get(3).startsWith("digits "), r.out());
        assertTrue(lines.get(10).startsWith("faces "), r.out());
        assertEquals("", lines.get(11));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("mnist ")), "downloadable sets are listed too: " + r.out());
    }

    @Test
    void trainWritesARunDirectoryAndEndsWithAJsonSummary() throws Exception {
        Path out = dir.resolve("run");
        Result r = run("train", "--model", "gan", "--dataset", "ring8", "--steps", "50", "--threads", "1",
                "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());

        GanConfig config = JSON.readValue(out.resolve("config.json").toFile(), GanConfig.class);
        assertEquals(GanModelKind.GAN, config.model());
        assertEquals(DataSpec.of("ring8"), config.dataset());
        assertEquals(GanLoss.NON_SATURATING, config.loss());
        assertEquals(1, config.threads());

        List<String> csv = Files.readAllLines(out.resolve("metrics.csv"));
        assertEquals("step,loss_d,loss_g,d_real,d_fake,grad_norm_g,tp,fn,fp,tn", csv.get(0));
        assertEquals(51, csv.size());
        for (int i = 1; i <= 50; i++) {
            String[] cells = csv.get(i).split(",", -1);
            assertEquals(10, cells.length, csv.get(i));
            assertEquals(Integer.toString(i), cells[0]);
            for (int c = 1; c < 6; c++) {
                assertTrue(Double.isFinite(Double.parseDouble(cells[c])), csv.get(i));
            }
        }

        BufferedImage samples = ImageIO.read(out.resolve("samples.png").toFile());
        assertTrue(samples != null && samples.getWidth() > 0);
        Path checkpoint = out.resolve("checkpoint");
        assertTrue(Files.isDirectory(checkpoint));
        try (Stream<Path> files = Files.list(checkpoint)) {
            List<Path> params = files.toList();
            assertFalse(params.isEmpty());
            for (Path p : params) {
                assertTrue(Files.size(p) > 0, p + " is empty");
            }
        }

        List<String> lines = r.outLines();
        JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
        assertTrue(summary.isObject());
        assertEquals(50, summary.get("steps").asLong());
        for (String key : List.of("loss_d", "loss_g", "d_real", "d_fake", "seconds")) {
            assertTrue(summary.has(key) && summary.get(key).isNumber(), key + " in " + summary);
        }
        double dReal = summary.get("d_real").asDouble();
        assertTrue(dReal > 0 && dReal < 1, "d_real is a probability");
        assertEquals(8, summary.get("modes").asInt());
        // The summary's losses are the mean of the CSV's rows (all 50 are inside the window).
        double meanLossD = csv.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[1])).average().orElseThrow();
        assertEquals(meanLossD, summary.get("loss_d").asDouble(), 1e-4);
    }

    @Test
    void sameSeedOnOneThreadGivesIdenticalMetrics() throws Exception {
        String[] common = {"train", "--model", "gan", "--dataset", "ring8", "--steps", "40", "--threads", "1",
            "--seed", "7", "--batch", "64", "--hidden", "32"};
        List<String> a = metricsOf(common, "a");
        List<String> b = metricsOf(common, "b");
        assertEquals(a, b);
        String[] otherSeed = common.clone();
        otherSeed[10] = "8";
        assertNotEquals(a, metricsOf(otherSeed, "c"));
    }

    private List<String> metricsOf(String[] args, String name) throws Exception {
        Path out = dir.resolve(name);
        String[] all = Stream.concat(Stream.of(args), Stream.of("--out", out.toString())).toArray(String[]::new);
        Result r = run(all);
        assertEquals(0, r.code(), r.err());
        return Files.readAllLines(out.resolve("metrics.csv"));
    }

    @Test
    void optionsReachTheConfig() throws Exception {
        Path out = dir.resolve("opts");
        Result r = run("train", "--model", "gan", "--dataset", "grid25", "--steps", "2", "--threads", "1",
                "--lr", "0.01", "--lr-d", "0.02", "--batch", "16", "--hidden", "8", "--latent", "3",
                "--loss", "minimax", "--seed", "42", "--d-steps", "2", "--beta1", "0.9", "--g-steps", "3", "--depth", "3",
                "--latent-noise", "uniform", "--optimizer", "sgd", "--weight-decay", "0.001", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        GanConfig config = JSON.readValue(out.resolve("config.json").toFile(), GanConfig.class);
        assertEquals(new GanConfig(GanModelKind.GAN, DataSpec.of("grid25"), GanLoss.MINIMAX, 0.01, 0.02, 0.9, 0.999, 16, 3, 8, 2, 42, 1,
                0.01, 10, GanTricks.NONE, 3, 3, LatentNoise.UNIFORM, GanOptimizer.SGD, 0.001, Upsampling.NEAREST), config);
        assertTrue(r.outLines().get(r.outLines().size() - 1).startsWith("Wrote "), r.out());
    }

    static Stream<Arguments> badArguments() {
        return Stream.of(
                Arguments.of(List.of("train", "--model", "vae2", "--dataset", "ring8"), "vae2"),
                Arguments.of(List.of("train", "--model", "gan", "--dataset", "ring9"), "ring9"),
                Arguments.of(List.of("train", "--model", "gan", "--dataset", "ring8", "--lr", "5"), "5"),
                Arguments.of(List.of("train", "--model", "gan", "--dataset", "ring8", "--batch", "abc"), "abc"),
                Arguments.of(List.of("train", "--model", "gan", "--dataset", "ring8", "--steps", "0"), "0"),
                Arguments.of(List.of("train", "--model", "gan", "--dataset", "ring8", "--steps", "many"), "many"),
                Arguments.of(List.of("train", "--dataset", "ring8"), "--model"),
                Arguments.of(List.of("probe", "--dataset", "moons"), "labelled images"),
                Arguments.of(List.of("probe", "--steps", "1", "--probe-steps", "1", "--labels", "3"), "3 labels"),
                Arguments.of(List.of("arithmetic", "--add", "smiles"), "smiles"),
                Arguments.of(List.of("exercise", "run", "nothing-here"), "no built-in exercise “nothing-here”"),
                Arguments.of(List.of("exercise", "check", "pom.xml"), "pom.xml, line 1"),
                Arguments.of(List.of("arithmetic", "--add", "beard"), "beard"),
                Arguments.of(List.of("arithmetic", "--dataset", "digits"), "no known attributes"),
                Arguments.of(List.of("arithmetic", "--average", "0"), "--average"),
                Arguments.of(List.of("train", "--model", "dcgan", "--dataset", "digits", "--depth", "3", "--steps", "1"),
                        "convolutional"),
                Arguments.of(List.of("train", "--model", "ae", "--dataset", "digits", "--upsample", "transposed", "--steps", "1"),
                        "conv-ae"),
                Arguments.of(List.of("train", "--model", "gan", "--dataset", "ring8", "--loss", "wgan"), "wgan"),
                Arguments.of(List.of("train", "--model", "gan", "--dataset", "ring8", "--threads", "0"), "0"),
                Arguments.of(List.of("train", "--model", "gan", "--dataset", "ring8", "--bogus"), "--bogus"),
                Arguments.of(List.of("frobnicate"), "frobnicate"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void badArgumentsGiveOneClearLineOnStderrAndNonZeroExit(List<String> args, String named) {
        Path out = dir.resolve("bad");
        List<String> all = new ArrayList<>(args);
        if (args.get(0).equals("train")) {
            all.addAll(List.of("--out", out.toString()));
        }
        Result r = run(all.toArray(String[]::new));
        assertNotEquals(0, r.code());
        assertEquals(1, r.errLines().size(), "exactly one line on stderr:\n" + r.err());
        String line = r.errLines().get(0);
        assertTrue(line.contains(named), "'" + line + "' should name " + named);
        assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line);
        assertFalse(r.out().contains("Exception"), r.out());
        assertFalse(Files.exists(out), "nothing written for refused arguments");
    }

    @Test
    void theLrOptionIsNamedAsTypedWhenRefused() {
        Result r = run("train", "--model", "gan", "--dataset", "ring8", "--lr", "5", "--out", dir.resolve("x").toString());
        assertEquals("generativa: --lr must be greater than 0 and at most 1, not 5.", r.err().strip());
    }
}
