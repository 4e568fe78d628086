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
 * does not hold another run unless that run is to be replaced (whose files then go first, so no old weights stay
 * beside the new ones).
 */
public final class RunFolder {

    /** What a run folder holds; any of them marks a folder as holding a run. */
    public static final List<String> RUN_FILES = List.of("config.json", "metrics.csv", "samples.png", "features.png",
            "checkpoint");

    private RunFolder() {}

    /** Makes {@code folder} ready for a new run, or refuses in one sentence naming it. */
    public static void prepare(Path folder, boolean overwrite) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw InvalidInputException.of("runFolder.notFolder", folder);
        }
        List<Path> previous = RUN_FILES.stream().map(folder::resolve).filter(Files::exists).toList();
        if (!previous.isEmpty() && !overwrite) {
            throw InvalidInputException.of("runFolder.holdsRun", folder, previous.get(0).getFileName());
        }
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
            for (Path old : previous) {
                delete(old);
            }
        } catch (FileAlreadyExistsException e) {
            throw InvalidInputException.of(e, "runFolder.notFolder", e.getFile());
        } catch (IOException | SecurityException e) {
            throw InvalidInputException.of(e, "runFolder.notWritable", folder, reason(e));
        }
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
