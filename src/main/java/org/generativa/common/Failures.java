package org.generativa.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells kinds of failure apart where the engine reports them only in words. */
final class Failures {

    /** What libtorch's allocators say when a tensor does not fit. */
    private static final String[] NATIVE_OUT_OF_MEMORY = {"can't allocate memory", "not enough memory", "out of memory",
        "bad_alloc", "failed to allocate"};

    /** "PATH (REASON)": how java.io reports a file it could not open. */
    private static final Pattern FILE_AND_REASON = Pattern.compile("^(.+) \\(([^()]+)\\)$");

    private Failures() {}

    /**
     * What a failed file operation says in the user's words, naming the file where the system did: permission denied,
     * a read-only or full disk, a missing file. Null when it is none of these.
     */
    static Sentence fileProblem(Throwable e) {
        if (!(e instanceof IOException)) {
            return null;
        }
        String file = null;
        String reason = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof FileSystemException system) {
            file = system.getFile();
            reason = system.getReason() == null ? "" : system.getReason();
            if (e instanceof AccessDeniedException) {
                return Sentence.of("file.permissionDenied", file);
            }
            if (e instanceof NoSuchFileException) {
                return Sentence.of("file.missing", file);
            }
        } else {
            Matcher matcher = FILE_AND_REASON.matcher(reason);
            if (matcher.matches()) {
                file = matcher.group(1);
                reason = matcher.group(2);
            }
        }
        String lower = reason.toLowerCase(Locale.ROOT);
        String key = lower.contains("read-only file system") ? "file.readOnly"
                : lower.contains("no space left") || lower.contains("disk quota") ? "file.diskFull"
                : lower.contains("permission denied") ? "file.permissionDenied" : null;
        if (key == null) {
            return null;
        }
        return file == null ? Sentence.of(key + "Unnamed") : Sentence.of(key, file);
    }

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
