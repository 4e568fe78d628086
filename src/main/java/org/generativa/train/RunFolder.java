package org.generativa.train;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.generativa.common.AtomicFiles;
import org.generativa.common.Checksums;
import org.generativa.common.FileTrees;
import org.generativa.common.InvalidInputException;

/**
 * The folder a headless run writes into, replaced as a whole or not at all. The new run is written into a hidden
 * folder beside it ({@code .NAME.partial}), metrics as they are measured, and only a complete run (its checkpoint
 * sealed with checksums) takes the folder's name, by renames: so a crash at any moment leaves the previous run or the
 * new one, never a mix. A lock in a file beside the folder keeps a second process out while one writes, and the next run
 * into the folder cleans up what a crash left.
 */
public final class RunFolder implements AutoCloseable {

    /** What a run folder holds; any of them marks a folder as holding a run. */
    public static final List<String> RUN_FILES = List.of("config.json", "metrics.csv", "samples.png", "features.png",
            "checkpoint");
    /** Files a file manager leaves in any folder, which do not make a folder someone else's. */
    private static final Set<String> SYSTEM_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    private static final String CHECKPOINT = "checkpoint";
    /** Beside the run folders: the locks of the runs being written into its folders. */
    public static final String LOCK_FILE = ".generativa.lock";

    private final Path folder;
    private final Path partial;
    private final Path previous;
    private final FileChannel lockChannel;
    private String cleaned;
    private boolean committed;

    private RunFolder(Path folder, FileChannel lockChannel) {
        this.folder = folder;
        this.partial = sibling(folder, ".partial");
        this.previous = sibling(folder, ".previous");
        this.lockChannel = lockChannel;
    }

    /**
     * Checks that a run can go into {@code folder}, before anything costly starts, and holds it for this process: not
     * a file, not another run's folder unless {@code overwrite}, no other files in it, writable, and not being
     * written by another process. Puts back what a crash during a switch left, and removes a crashed run's unfinished
     * folder. Refuses in one sentence naming the folder.
     */
    public static RunFolder claim(Path folder, boolean overwrite) {
        Path target = folder.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw InvalidInputException.of("runFolder.notFolder", folder);
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw InvalidInputException.of("runFolder.notFolder", folder);
        }
        Path parent = nearestExisting(target);
        if (!Files.isDirectory(parent)) {
            throw InvalidInputException.of("runFolder.notFolder", parent);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(target.getParent());
            channel = FileChannel.open(target.resolveSibling(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel, target.getFileName().toString());
            if (lock == null) {
                throw InvalidInputException.of("runFolder.busy", folder);
            }
            RunFolder claimed = new RunFolder(target, channel);
            claimed.cleaned = claimed.recover();
            claimed.refuseOthers(folder, overwrite);
            return claimed;
        } catch (InvalidInputException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException | SecurityException e) {
            closeQuietly(channel);
            throw InvalidInputException.of(e, "runFolder.notWritable", folder, reason(e));
        }
    }

    /** What the claim removed that a stopped run had left, as a line to show; null when there was nothing. */
    public String cleaned() {
        return cleaned;
    }

    /** The folder the run ends up in. */
    public Path folder() {
        return folder;
    }

    /** A fresh, empty folder beside the run folder for the new run to be written into. */
    public Path prepare() {
        try {
            FileTrees.delete(partial);
            Files.createDirectories(partial);
            return partial;
        } catch (IOException | SecurityException e) {
            throw InvalidInputException.of(e, "runFolder.notWritable", folder, reason(e));
        }
    }

    /** Makes the run written into {@link #prepare()}'s folder the run folder, replacing the previous run whole. */
    public void commit() throws IOException {
        forceTree(partial);
        if (Files.exists(folder)) {
            AtomicFiles.rename(folder, previous);
        }
        AtomicFiles.rename(partial, folder);
        AtomicFiles.forceFolder(folder.getParent());
        FileTrees.delete(previous);
        committed = true;
    }

    /** Whether the run was made the run folder; an unfinished one stays in its hidden folder until the next claim. */
    public boolean committed() {
        return committed;
    }

    /** The hidden folder an unfinished run's files stay in (its metrics, say) until the next run into this folder. */
    public Path unfinished() {
        return partial;
    }

    @Override
    public void close() {
        closeQuietly(lockChannel);
    }

    /** After a crash between the two renames of a switch, the folder is missing: the complete run takes its name. */
    private String recover() throws IOException {
        String note = null;
        if (!Files.exists(folder) && Files.isDirectory(previous)) {
            AtomicFiles.rename(complete(partial) ? partial : previous, folder);
        }
        FileTrees.delete(previous);
        if (Files.exists(partial)) {
            FileTrees.delete(partial);
            note = partial.getFileName().toString();
        }
        return note;
    }

    private void refuseOthers(Path given, boolean overwrite) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<String> run = new ArrayList<>();
        List<String> others = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (RUN_FILES.contains(name)) {
                    run.add(name);
                } else if (!SYSTEM_FILES.contains(name)) {
                    others.add(name);
                }
            }
        } catch (IOException e) {
            throw InvalidInputException.of(e, "runFolder.notWritable", given, reason(e));
        }
        if (!others.isEmpty()) {
            throw InvalidInputException.of("runFolder.holdsOthers", given, others.get(0));
        }
        if (!run.isEmpty() && !overwrite) {
            throw InvalidInputException.of("runFolder.holdsRun", given, run.get(0));
        }
    }

    /** A written run's checkpoint carries its checksum list, which is written last. */
    private static boolean complete(Path run) {
        return Files.isRegularFile(run.resolve(CHECKPOINT).resolve(Checksums.FILE));
    }

    private static Path sibling(Path folder, String suffix) {
        return folder.resolveSibling("." + folder.getFileName() + suffix);
    }

    private static Path nearestExisting(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return Objects.requireNonNullElse(existing, path.getRoot());
    }

    /**
     * Locks the byte of the shared lock file that stands for the folder's name: one lock file per parent folder,
     * never deleted (so no process can lock a file another has just removed), and the system drops the lock when the
     * process ends, however it ends.
     */
    private static FileLock tryLock(FileChannel channel, String name) throws IOException {
        try {
            return channel.tryLock(name.hashCode() & 0x7fffffffL, 1, false);
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Forces every file of a written run to disk, then its folders. */
    private static void forceTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.toList()) {
                if (Files.isRegularFile(path)) {
                    AtomicFiles.forceFile(path);
                } else {
                    AtomicFiles.forceFolder(path);
                }
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing releases the lock whatever it says
            }
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
