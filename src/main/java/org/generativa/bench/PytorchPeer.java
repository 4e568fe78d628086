package org.generativa.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.generativa.common.InvalidInputException;

/**
 * Runs the PyTorch peer scripts ({@code <scripts>/<model>.py}) as child processes. Each prints one JSON
 * line with its steps per second; its warm-up is untimed, like Generativa's.
 *
 * @param python the interpreter command
 * @param torchVersion what {@code torch.__version__} says
 */
public record PytorchPeer(String python, String torchVersion, Path scripts) {

    /** How to get the peer's dependencies, for the message when they are missing. */
    public static final String INSTALL_HINT = "install them with `bash src/bench/setup.sh` (Debian's python3-torch and"
            + " libopenblas0-pthread through apt)";
    /** Debian's interpreter comes first: python3-torch installs for it, and a python3 earlier on the PATH may lack it. */
    public static final List<String> INTERPRETERS = List.of("/usr/bin/python3", "python3");
    private static final long PROBE_SECONDS = 120;
    private static final long RUN_SECONDS = 1800;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One timed run of a peer script; {@code cpuSeconds} is the process's CPU time over the timed steps. */
    public record Run(double stepsPerSecond, double seconds, double cpuSeconds, int threads) {}

    /** The first interpreter of {@code candidates} that imports torch and numpy, with the scripts folder; empty if none. */
    public static Optional<PytorchPeer> find(List<String> candidates, Path scripts) {
        for (String python : candidates) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import numpy, torch; print(torch.__version__)")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
                    String[] lines = out.split("\\R");
                    return Optional.of(new PytorchPeer(python, lines[lines.length - 1].trim(), scripts));
                }
            } catch (IOException e) {
                // not installed under this name; try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public Path script(BenchModel model) {
        return scripts.resolve(model.cliName() + ".py");
    }

    /** @param gpu train on the peer's CUDA device, as Generativa does when its engine's default device is a GPU */
    public Run run(BenchModel model, int steps, int warmup, int threads, Path imagesFile, long seed, boolean gpu) {
        Path script = existingScript(model);
        String out = execute(script, List.of("--steps", Integer.toString(steps), "--warmup", Integer.toString(warmup),
                "--threads", Integer.toString(threads), "--data", imagesFile.toString(), "--seed", Long.toString(seed),
                "--device", gpu ? "cuda" : "cpu"));
        try {
            JsonNode result = JSON.readTree(lastLine(out));
            return new Run(result.get("steps_per_s").asDouble(), result.get("seconds").asDouble(),
                    result.get("cpu_seconds").asDouble(), result.get("threads").asInt());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(script + " did not end with its JSON result: " + lastLine(out), e);
        }
    }

    /** The images a peer drew at one moment of a race, {@code pixels} floats in [0, 1] per image. */
    public record Samples(double seconds, long steps, float[] images) {}

    /**
     * Trains the peer for {@code budgetSeconds} of wall time on the CPU, with {@code count} samples drawn every
     * {@code everySeconds} of training into {@code folder}, and reads them back.
     *
     * @param pixels values per image the samples must have
     */
    public List<Samples> race(BenchModel model, double budgetSeconds, double everySeconds, int threads, Path imagesFile,
            long seed, Path folder, int count, int pixels) {
        Path script = existingScript(model);
        String out = execute(script, List.of("--budget", Double.toString(budgetSeconds), "--every",
                Double.toString(everySeconds), "--threads", Integer.toString(threads), "--data", imagesFile.toString(),
                "--seed", Long.toString(seed), "--samples", Integer.toString(count), "--samples-dir", folder.toString()));
        List<Samples> dumps = new ArrayList<>();
        for (String line : out.strip().split("\\R")) {
            try {
                JsonNode dump = JSON.readTree(line);
                Path file = folder.resolve(Path.of(dump.get("samples").asText()).getFileName());
                dumps.add(new Samples(dump.get("seconds").asDouble(), dump.get("steps").asLong(),
                        readSamples(file, count, pixels)));
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException(script + " printed a line that is not a sample dump: " + line, e);
            }
        }
        return dumps;
    }

    /** {@code count * pixels} little-endian floats, each a number in [0, 1]; anything else is refused. */
    static float[] readSamples(Path file, int count, int pixels) throws IOException {
        long expected = (long) count * pixels * Float.BYTES;
        long size = Files.size(file);
        if (size != expected) {
            throw new IllegalStateException(file + " holds " + size + " bytes, not the " + expected + " of " + count
                    + " images of " + pixels + " pixels.");
        }
        float[] images = new float[count * pixels];
        ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(images);
        for (float v : images) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalStateException(file + " holds the pixel value " + v + ", outside [0, 1].");
            }
        }
        return images;
    }

    private Path existingScript(BenchModel model) {
        Path script = script(model);
        if (!Files.isRegularFile(script)) {
            throw new InvalidInputException("There is no peer script " + script + ": run the benchmark from the project"
                    + " folder or give --scripts.");
        }
        return script;
    }

    /** Runs {@code script} with {@code arguments} and gives its standard output; a failure names the script. */
    private String execute(Path script, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(python, script.toString()));
        command.addAll(arguments);
        Process p = null;
        Thread killer = null;
        try {
            p = new ProcessBuilder(command).start();
            killer = ChildProcesses.destroyOnExit(p);
            CompletableFuture<String> err = ChildProcesses.drain(p.getErrorStream());
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(script + " did not finish in " + RUN_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(script + " failed (exit " + p.exitValue() + "): " + lastLine(err.join()));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + script + " ran", e);
        } finally {
            ChildProcesses.release(p, killer);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
