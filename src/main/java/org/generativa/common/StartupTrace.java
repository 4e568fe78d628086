package org.generativa.common;

import java.lang.management.ManagementFactory;

/**
 * Start-up milestones for {@code bench startup}: with {@code -Dgenerativa.startup.trace=true} each milestone
 * prints one line {@code generativa-startup <name> <ms since the JVM started>} on stdout; otherwise nothing.
 */
public final class StartupTrace {

    public static final String PROPERTY = "generativa.startup.trace";
    public static final String PREFIX = "generativa-startup ";
    /** The window is on screen, saying that the engine loads (a few frames of it went to the renderer). */
    public static final String WINDOW_SHOWN = "window-shown";
    /** The engine is loaded and the first model built: Play works. */
    public static final String ENGINE_READY = "engine-ready";

    private StartupTrace() {}

    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    public static void mark(String milestone) {
        if (enabled()) {
            System.out.println(PREFIX + milestone + " " + ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.flush();
        }
    }
}
