package org.generativa.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.generativa.bench.BenchStats;
import org.generativa.bench.StartupProbe;
import org.generativa.common.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `bench startup`: from launching the app to its window, and to its engine being ready. */
@Command(name = "startup", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Starts the desktop app in a fresh JVM several times and times from launch to the window shown and"
                + " to the engine ready (loaded, first model built). Needs a display (DISPLAY on Linux; xvfb-run gives one)."
                + " Goal: window shown <= 2 s.")
final class BenchStartupCommand implements Callable<Integer> {

    private static final double WINDOW_GOAL_MS = 2000;

    @Option(names = "--rounds", defaultValue = "3", description = "Launches (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--timeout", defaultValue = "120", description = "Seconds to wait for each launch (default: ${DEFAULT-VALUE}).")
    private long timeout;

    @Option(names = "--headless", description = "Use JavaFX's headless Monocle platform instead of a display (needs"
            + " openjfx-monocle on the class path, as the tests have).")
    private boolean headless;

    @Option(names = "--json", description = "Make the last line of output one JSON object.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    private final UnaryOperator<String> environment;

    BenchStartupCommand() {
        this(System::getenv);
    }

    BenchStartupCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || timeout < 1) {
            throw new InvalidInputException("--rounds and --timeout must be at least 1.");
        }
        String display = environment.apply("DISPLAY");
        boolean linux = System.getProperty("os.name").startsWith("Linux");
        if (!headless && linux && blank(display) && blank(environment.apply("WAYLAND_DISPLAY"))) {
            throw new InvalidInputException("No DISPLAY is set, so there is no screen to open the window on: run bench startup"
                    + " on a desktop, or under a virtual display with `xvfb-run -a java -jar target/generativa.jar bench startup`.");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> jvmOptions = headless ? StartupProbe.MONOCLE : List.of();
        List<Map<String, Object>> launches = new ArrayList<>();
        List<Double> window = new ArrayList<>();
        List<Double> engine = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            StartupProbe.Result r = StartupProbe.measure(jvmOptions, timeout);
            window.add(r.windowShownMs());
            engine.add(r.engineReadyMs());
            out.printf(Locale.ROOT, "launch %d/%d: window shown %.0f ms, engine ready %.0f ms (JVM uptime %d / %d ms)%n", round,
                    rounds, r.windowShownMs(), r.engineReadyMs(), r.windowShownUptimeMs(), r.engineReadyUptimeMs());
            out.flush();
            Map<String, Object> launch = new LinkedHashMap<>();
            launch.put("window_shown_ms", TrainCommand.round(r.windowShownMs()));
            launch.put("engine_ready_ms", TrainCommand.round(r.engineReadyMs()));
            launch.put("window_shown_uptime_ms", r.windowShownUptimeMs());
            launch.put("engine_ready_uptime_ms", r.engineReadyUptimeMs());
            launches.add(launch);
        }
        double windowMedian = BenchStats.median(window);
        double engineMedian = BenchStats.median(engine);
        out.printf(Locale.ROOT, "median: window shown %.0f ms (goal <= %.0f ms), engine ready %.0f ms%n", windowMedian,
                WINDOW_GOAL_MS, engineMedian);
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("window_shown_ms", TrainCommand.round(windowMedian));
            result.put("engine_ready_ms", TrainCommand.round(engineMedian));
            result.put("window_goal_ms", WINDOW_GOAL_MS);
            result.put("display", headless ? "monocle-headless" : display);
            result.put("launches", launches);
            out.println(Json.MAPPER.writeValueAsString(result));
        }
        out.flush();
        return 0;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
