package org.generativa.bench;

import static org.generativa.common.StartupTrace.ENGINE_READY;
import static org.generativa.common.StartupTrace.WINDOW_SHOWN;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.generativa.common.StartupTrace;

/**
 * Starts the desktop app in a child JVM with {@link StartupTrace} on, and times from launching the process
 * to each milestone line: the window shown, and the engine ready (loaded, first model built).
 */
public final class StartupProbe {

    /** JavaFX's headless glass platform (openjfx-monocle must be on the class path). */
    public static final List<String> MONOCLE = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dheadless.geometry=1600x1000-32");

    /**
     * @param windowShownMs from launch to the window shown, by this process's clock
     * @param engineReadyMs from launch to the engine ready
     * @param windowShownUptimeMs the child's own JVM uptime at the window
     * @param engineReadyUptimeMs the child's own JVM uptime at engine ready
     */
    public record Result(double windowShownMs, double engineReadyMs, long windowShownUptimeMs, long engineReadyUptimeMs) {}

    private StartupProbe() {}

    public static Result measure(List<String> jvmOptions, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-D" + StartupTrace.PROPERTY + "=true");
        ProcessBuilder builder = new ProcessBuilder(ChildProcesses.java(options, List.of()));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        long launched = System.nanoTime();
        Process child = builder.start();
        Thread killer = ChildProcesses.destroyOnExit(child);
        Map<String, Double> arrived = new HashMap<>();
        Map<String, Long> uptime = new HashMap<>();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(timeoutSeconds));
                child.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "startup-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (arrived.size() < 2 && (line = lines.readLine()) != null) {
                double millis = (System.nanoTime() - launched) / 1e6;
                if (line.startsWith(StartupTrace.PREFIX)) {
                    String[] parts = line.substring(StartupTrace.PREFIX.length()).trim().split(" ");
                    arrived.putIfAbsent(parts[0], millis);
                    uptime.putIfAbsent(parts[0], Long.parseLong(parts[1]));
                }
            }
        } finally {
            watchdog.interrupt();
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
            ChildProcesses.release(child, killer);
        }
        if (!arrived.containsKey(WINDOW_SHOWN) || !arrived.containsKey(ENGINE_READY)) {
            String missing = arrived.containsKey(WINDOW_SHOWN) ? ENGINE_READY : WINDOW_SHOWN;
            throw new IllegalStateException("The app did not report " + missing + " within " + timeoutSeconds
                    + " s (see the log file).");
        }
        return new Result(arrived.get(WINDOW_SHOWN), arrived.get(ENGINE_READY), uptime.get(WINDOW_SHOWN),
                uptime.get(ENGINE_READY));
    }
}
