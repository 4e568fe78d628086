package org.generativa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Child processes of the benchmarks: Generativa again in a fresh JVM, and reading their output. */
public final class ChildProcesses {

    /** The class that starts Generativa (named, not referenced: the benchmarks sit below the launcher). */
    public static final String MAIN_CLASS = "org.generativa.Launcher";

    private ChildProcesses() {}

    /**
     * The command line that starts Generativa in a fresh JVM with this JVM's heap settings and home.
     *
     * @param jvmOptions options for the child JVM after the inherited ones
     * @param args Generativa's arguments (none opens the desktop app)
     */
    public static List<String> java(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-Xmx") || option.startsWith("-Xms")) {
                command.add(option);
            }
        }
        String home = System.getProperty("generativa.home");
        if (home != null) {
            command.add("-Dgenerativa.home=" + home);
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(args);
        return command;
    }

    /** Reads a stream to its end on another thread, so a full pipe cannot stall the child. */
    public static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    /** A shutdown hook that ends {@code child} if this JVM exits (or is stopped) while it runs. */
    public static Thread destroyOnExit(Process child) {
        Thread hook = new Thread(child::destroyForcibly, "end-child-" + child.pid());
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Ends {@code child} if it still runs and removes its shutdown hook; either may be null. */
    public static void release(Process child, Thread hook) {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs anyway
            }
        }
    }
}
