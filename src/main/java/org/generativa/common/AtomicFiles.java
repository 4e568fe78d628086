package org.generativa.common;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that a crash leaves either the old file or the whole new one: the content goes
 * to a temporary file beside it, is forced to disk, and then replaces the target in one rename.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /** Writes a file through a writer that only knows how to write to a path (an image encoder, say). */
    public interface PathWriter {
        void writeTo(Path file) throws IOException;
    }

    public static void write(Path file, Content content) throws IOException {
        writeVia(file, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp,
                    StandardOpenOption.TRUNCATE_EXISTING))) {
                content.writeTo(out);
            }
        });
    }

    public static void writeVia(Path file, PathWriter writer) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        // Not createTempFile: its file is private to the owner, and the written file would keep that.
        Path temp = Files.createFile(folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".part"));
        try {
            writer.writeTo(temp);
            forceFile(temp);
            rename(temp, target);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Forces a written file's content to disk. */
    public static void forceFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Renames {@code from} onto {@code to} in one step where the file system can, replacing a file there. */
    public static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes renames in {@code folder} durable where the platform allows a folder to be synced (not on Windows). */
    public static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // A folder that cannot be opened for syncing still holds the renamed file.
        }
    }
}
