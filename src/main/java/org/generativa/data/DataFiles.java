package org.generativa.data;

import java.nio.file.Files;
import java.nio.file.Path;
import org.generativa.common.InvalidInputException;

/** The checks every file-based dataset makes before reading: exists, right kind, readable. */
final class DataFiles {

    private DataFiles() {}

    static void requireReadableFile(Path path, String what) {
        requireExists(path);
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(path + " is a folder, but " + what + " is needed here.");
        }
        if (!Files.isReadable(path)) {
            throw new InvalidInputException(path + " cannot be read: permission denied.");
        }
    }

    static void requireReadableFolder(Path path) {
        requireExists(path);
        if (!Files.isDirectory(path)) {
            throw new InvalidInputException(path + " is a file, but a folder of images is needed here.");
        }
        if (!Files.isReadable(path) || !Files.isExecutable(path)) {
            throw new InvalidInputException(path + " cannot be read: permission denied.");
        }
    }

    private static void requireExists(Path path) {
        if (!Files.exists(path)) {
            throw new InvalidInputException(path + " does not exist.");
        }
    }
}
