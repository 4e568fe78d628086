package org.generativa.common;

import java.util.Locale;

/** Tells kinds of failure apart where the engine reports them only in words. */
final class Failures {

    /** What libtorch's allocators say when a tensor does not fit. */
    private static final String[] NATIVE_OUT_OF_MEMORY = {"can't allocate memory", "not enough memory", "out of memory",
        "bad_alloc", "failed to allocate"};

    private Failures() {}

    /** Whether {@code e}, or what caused it, is Java or the engine running out of memory. */
    static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            for (String said : NATIVE_OUT_OF_MEMORY) {
                if (message.contains(said)) {
                    return true;
                }
            }
        }
        return false;
    }
}
