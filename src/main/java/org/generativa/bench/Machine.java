package org.generativa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a benchmark report says about the machine it ran on. */
public final class Machine {

    private Machine() {}

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The first "model name" of /proc/cpuinfo, or the OS architecture where there is none. */
    public static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    /** The 1-minute load average from /proc/loadavg, or NaN where there is none. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** One line: cores, CPU, OS and Java. */
    public static String describe() {
        return cores() + " cores, " + cpuModel() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + ", Java " + System.getProperty("java.version");
    }
}
