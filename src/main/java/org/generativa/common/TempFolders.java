package org.generativa.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary folders that do not outlive their use: each holds a lock for as long as this process uses it, so a later
 * start can tell the folders a crashed or killed process left behind (their lock is free) from those another running
 * copy of the app still uses, and remove only the former.
 */
public final class TempFolders {

    /** The names this app gives its temporary folders; only these are ever swept. */
    public static final List<String> PREFIXES = List.of("generativa-run", "generativa-save", "generativa-bench");
    private static final String LOCK = ".in-use";
    private static final Map<Path, FileChannel> HELD = new ConcurrentHashMap<>();

    private TempFolders() {}

    /** A new, empty temporary folder whose name starts with {@code prefix} (one of {@link #PREFIXES}). */
    public static Path create(String prefix) throws IOException {
        if (!PREFIXES.contains(prefix)) {
            throw new IllegalArgumentException("not a temporary folder prefix: " + prefix);
        }
        Path folder = Files.createTempDirectory(prefix);
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.lock();
        HELD.put(folder, channel);
        return folder;
    }

    /** Deletes a folder made by {@link #create}, whatever it holds now; null (none was made) is nothing to do. */
    public static void release(Path folder) {
        if (folder == null) {
            return;
        }
        FileChannel channel = HELD.remove(folder);
        deleteTree(folder);
        closeQuietly(channel);
    }

    /** Deletes every folder this process still holds: when it ends. */
    public static void releaseAll() {
        List.copyOf(HELD.keySet()).forEach(TempFolders::release);
    }

    /** Removes the temporary folders that processes which have ended left behind; returns how many. */
    public static int sweep() {
        return sweep(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static int sweep(Path temp) {
        int removed = 0;
        try (Stream<Path> entries = Files.list(temp)) {
            for (Path folder : entries.filter(TempFolders::ours).toList()) {
                if (!HELD.containsKey(folder) && unused(folder)) {
                    deleteTree(folder);
                    removed++;
                }
            }
        } catch (IOException | SecurityException e) {
            // A temporary folder that cannot be listed keeps what it holds; nothing depends on it.
        }
        return removed;
    }

    private static boolean ours(Path path) {
        String name = path.getFileName().toString();
        return Files.isDirectory(path) && !Files.isSymbolicLink(path) && PREFIXES.stream().anyMatch(name::startsWith);
    }

    /** Free when its lock can be taken: the process that held it has ended (the system released its lock). */
    private static boolean unused(Path folder) {
        Path lock = folder.resolve(LOCK);
        if (!Files.exists(lock)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            return taken != null;
        } catch (OverlappingFileLockException | IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            // What could not be deleted now is swept at a later start.
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
}
