package org.generativa.train;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.generativa.common.InvalidInputException;

/**
 * The folder a headless run writes into, checked before any work starts: it is a folder, it can be written, and it
 * does not hold another run unless that run is to be replaced (whose files then go just before the new run is
 * written, so no old weights stay beside the new ones, and a run refused later leaves the old one as it was).
 */
public final class RunFolder {

    /** What a run folder holds; any of them marks a folder as holding a run. */
    public static final List<String> RUN_FILES = List.of("config.json", "metrics.csv", "samples.png", "features.png",
            "checkpoint");

    private RunFolder() {}

    /**
     * Checks, changing nothing, that a run can go into {@code folder}: not a file, not another run's folder unless
     * {@code overwrite}, and writable (or its nearest existing parent, when it does not exist yet). Refuses in one
     * sentence naming it.
     */
    public static void check(Path folder, boolean overwrite) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw InvalidInputException.of("runFolder.notFolder", folder);
        }
        List<Path> previous = previousRun(folder);
        if (!previous.isEmpty() && !overwrite) {
            throw InvalidInputException.of("runFolder.holdsRun", folder, previous.get(0).getFileName());
        }
        Path existing = folder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw InvalidInputException.of("runFolder.notFolder", existing == null ? folder : existing);
        }
        try {
            Files.delete(Files.createTempFile(existing, ".write-check", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw InvalidInputException.of(e, "runFolder.notWritable", folder, reason(e));
        }
    }

    /** Creates {@code folder} and removes the files of the run it held, once the new run is about to be written. */
    public static void prepare(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Path old : previousRun(folder)) {
                delete(old);
            }
        } catch (FileAlreadyExistsException e) {
            throw InvalidInputException.of(e, "runFolder.notFolder", e.getFile());
        } catch (IOException | SecurityException e) {
            throw InvalidInputException.of(e, "runFolder.notWritable", folder, reason(e));
        }
    }

    private static List<Path> previousRun(Path folder) {
        return RUN_FILES.stream().map(folder::resolve).filter(Files::exists).toList();
    }

    private static void delete(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> tree = Files.walk(path)) {
                for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        } else {
            Files.deleteIfExists(path);
        }
    }

    /** What the system said, without the Java exception's class name. */
    private static String reason(Exception e) {
        String name = e.getClass().getSimpleName();
        if (name.equals("AccessDeniedException")) {
            return "permission denied";
        }
        if (e.getMessage() != null && e.getMessage().contains("Read-only file system")) {
            return "the disk is read-only";
        }
        return e.getMessage() == null ? name : e.getMessage();
    }
}
