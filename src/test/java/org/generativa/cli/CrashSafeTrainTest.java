package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.generativa.common.Checksums;
import org.generativa.nn.Backend;
import org.generativa.preview.Preview;
import org.generativa.run.RunCheckpoint;
import org.generativa.train.Experiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code train --out} at random moments, the final save included, and after each kill finds the run folder
 * holding the previous run or the new one, complete (every step's metrics, samples, a checkpoint whose checksums
 * hold) and loadable; then stops a convolutional run with SIGTERM while it trains, which must end the process cleanly.
 */
class CrashSafeTrainTest {

    private static final int STEPS = 600;
    private static final int KILLS = 30;

    @TempDir
    Path dir;

    private Process train(Path run, int seed, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgenerativa.home=" + System.getProperty("generativa.home"), "-cp", System.getProperty("java.class.path"),
                "org.generativa.Launcher", "train"));
        command.addAll(List.of(more));
        command.addAll(List.of("--out", run.toString(), "--overwrite", "--no-quality", "--seed", String.valueOf(seed)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("out-" + seed + ".txt").toFile())
                .start();
    }

    private Process ring(Path run, int seed) throws IOException {
        return train(run, seed, "--model", "gan", "--dataset", "ring8", "--steps", String.valueOf(STEPS));
    }

    @Test
    void killedAtAnyMomentTheFolderHoldsThePreviousRunOrTheNewOneCompleteAndLoadable() throws Exception {
        Path run = dir.resolve("runs").resolve("ring");
        long start = System.nanoTime();
        Process first = ring(run, 0);
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("out-0.txt")));
        long wholeRunMillis = (System.nanoTime() - start) / 1_000_000;
        String weights = complete(run);

        Random random = new Random(42);
        int kept = 0;
        int replaced = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            // Half the kills anywhere in the run, half in its last sixth, where the samples and checkpoint are written.
            double at = kill % 2 == 0 ? random.nextDouble() * 1.05 : 0.85 + random.nextDouble() * 0.2;
            Process process = ring(run, kill);
            process.waitFor((long) (at * wholeRunMillis), TimeUnit.MILLISECONDS);
            process.destroyForcibly().waitFor();
            String now = complete(run);
            if (now.equals(weights)) {
                kept++;
                if (kill % 2 == 1) {
                    // A late kill that still found the previous run: the runs take longer than the first did (the
                    // machine got busier), so the late kills move later to keep landing on both sides of the switch.
                    wholeRunMillis = wholeRunMillis * 11 / 10;
                }
            } else {
                replaced++;
            }
            weights = now;
        }
        String split = kept + " kills kept the previous run, " + replaced + " found the new one";
        System.out.println(split);
        assertTrue(kept > 0 && replaced > 0, split);

        Process last = ring(run, 99);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue());
        String said = Files.readString(dir.resolve("out-99.txt"));
        assertFalse(complete(run).equals(weights), "the last run replaced the one before");
        try (Stream<Path> beside = Files.list(run.getParent())) {
            assertEquals(List.of(".generativa.lock", "ring"), beside.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no unfinished run or switch is left beside it: " + said);
        }
    }

    /** Checks that {@code run} holds one whole run and opens it; returns its checksum list, which tells runs apart. */
    private static String complete(Path run) throws IOException {
        assertTrue(Files.isDirectory(run), "the folder is never missing");
        List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
        assertEquals(STEPS + 1, metrics.size(), "every step's metrics and the header");
        assertTrue(Files.size(run.resolve("samples.png")) > 0);
        Path sums = run.resolve("checkpoint").resolve(Checksums.FILE);
        assertTrue(Files.isRegularFile(sums), "a sealed checkpoint");
        Checksums.verify(run.resolve("checkpoint"));
        try (NDManager manager = Engine.getEngine(Backend.ENGINE).newBaseManager();
                Experiment<?> experiment = RunCheckpoint.open(run, manager)) {
            Preview preview = experiment.preview();
            assertTrue(preview != null, "the loaded model draws samples");
        }
        return Files.readString(sums, StandardCharsets.UTF_8);
    }

    @Test
    void sigtermDuringAConvolutionalStepEndsTheProcessCleanlyAndKeepsThePreviousRun() throws Exception {
        Path run = dir.resolve("digits");
        Path unfinished = dir.resolve(".digits.partial");
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (attempt > 1) {
                // What the stopped run left: the next run removes it too, but only once it has started.
                try (Stream<Path> files = Files.walk(unfinished)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Process process = train(run, attempt, "--model", "cgan", "--dataset", "digits", "--steps", "100000");
            Path out = dir.resolve("out-" + attempt + ".txt");
            Path metrics = unfinished.resolve("metrics.csv");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while ((!Files.exists(metrics) || Files.readAllLines(metrics).size() < 3) && System.nanoTime() < deadline
                    && process.isAlive()) {
                Thread.sleep(50);
            }
            Thread.sleep(attempt * 150L);
            process.destroy();
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the process ends");
            String said = Files.readString(out);
            assertEquals(143, process.exitValue(), said);
            assertFalse(said.contains("SIGSEGV") || said.contains("hs_err") || said.contains("Exception"), said);
            assertTrue(said.contains("generativa: stopped before the run was complete; " + run + " was not written, and the"
                    + " metrics measured so far are in "), said);
            assertTrue(Files.notExists(run), "nothing half is in the folder");
        }
    }
}
