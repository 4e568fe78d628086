package org.generativa.data;

import java.nio.file.Files;
import java.nio.file.Path;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;

/** The checks every file-based dataset makes before reading: exists, right kind, readable. */
final class DataFiles {

    private DataFiles() {}

    /** Refuses what is not a readable file; {@code what} names the kind of file needed ("an IDX file"). */
    static void requireReadableFile(Path path, Sentence what) {
        requireExists(path);
        if (Files.isDirectory(path)) {
            throw InvalidInputException.of("file.isFolder", path, what);
        }
        if (!Files.isReadable(path)) {
            throw InvalidInputException.of("file.permission", path);
        }
    }

    static void requireReadableFolder(Path path) {
        requireExists(path);
        if (!Files.isDirectory(path)) {
            throw InvalidInputException.of("file.isFile", path);
        }
        if (!Files.isReadable(path) || !Files.isExecutable(path)) {
            throw InvalidInputException.of("file.permission", path);
        }
    }

    private static void requireExists(Path path) {
        if (!Files.exists(path)) {
            throw InvalidInputException.of("file.missing", path);
        }
    }
}
