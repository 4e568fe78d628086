package org.generativa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFoldersTest {

    @TempDir
    Path dir;

    @Test
    void aSweepRemovesOnlyWhatEndedProcessesLeftAndNeverAFolderInUse() throws Exception {
        Path mine = TempFolders.create("generativa-run");
        Files.writeString(mine.resolve("config.json"), "{}");
        try {
            // A folder another running process holds: a child JVM that locks it and waits.
            Path held = Files.createDirectories(dir.resolve("generativa-run-held"));
            Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), held.resolve(".in-use").toString())
                    .redirectErrorStream(true).start();
            assertTrue(holder.getInputStream().read() == 'L', "the child holds the lock");

            Path crashed = Files.createDirectories(dir.resolve("generativa-run123"));
            Files.writeString(crashed.resolve(".in-use"), "");
            Files.writeString(crashed.resolve("metrics.csv"), "step\n");
            Path older = Files.createDirectories(dir.resolve("generativa-save9"));
            Path someoneElses = Files.createDirectories(dir.resolve("other-app-folder"));

            assertEquals(2, TempFolders.sweep(dir));
            assertTrue(Files.notExists(crashed) && Files.notExists(older), "left by ended processes");
            assertTrue(Files.exists(held.resolve(".in-use")), "in use by a running process");
            assertTrue(Files.exists(someoneElses), "not this app's");
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertEquals(1, TempFolders.sweep(dir), "its process has ended");

            TempFolders.sweep(mine.getParent());
            assertTrue(Files.exists(mine.resolve("config.json")), "this process's own folder stays");
        } finally {
            TempFolders.release(mine);
        }
        assertTrue(Files.notExists(mine), "released: deleted");
        TempFolders.release(null);
    }

    /** Locks the file it is given, says so, and waits to be killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (var channel = java.nio.channels.FileChannel.open(Path.of(args[0]), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE); var lock = channel.lock()) {
                System.out.print('L');
                System.out.flush();
                Thread.sleep(List.of(120_000).get(0));
            }
        }
    }
}
