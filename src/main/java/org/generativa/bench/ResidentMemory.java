package org.generativa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.generativa.common.InvalidInputException;

/** The resident set size of this process, from {@code /proc/self/status} (Linux). */
public final class ResidentMemory {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {}

    public static boolean available() {
        return Files.isReadable(STATUS);
    }

    /** VmRSS in kB. */
    public static long kilobytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return parseKilobytes(line);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + STATUS + ": " + e.getMessage());
        }
        throw new InvalidInputException(STATUS + " has no VmRSS line.");
    }

    /** The number of a status line such as {@code VmRSS:   123456 kB}. */
    static long parseKilobytes(String line) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length < 3 || !parts[2].equals("kB")) {
            throw new IllegalArgumentException("Not a kB line: " + line);
        }
        return Long.parseLong(parts[1]);
    }
}
