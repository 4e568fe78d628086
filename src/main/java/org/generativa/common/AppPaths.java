package org.generativa.common;

import java.nio.file.Path;

/** Where Generativa keeps its files: {@code ~/.generativa} unless {@code -Dgenerativa.home} says otherwise. */
public final class AppPaths {

    private AppPaths() {}

    public static Path home() {
        String configured = System.getProperty("generativa.home");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".generativa");
    }

    public static Path logFile() {
        return home().resolve("logs").resolve("generativa.log");
    }
}
