package org.generativa.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.generativa.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderHoldingARunIsRefusedUnlessItIsToBeReplacedAndThenNoOldFileStays() throws Exception {
        Path run = dir.resolve("gan-run");
        Files.createDirectories(run.resolve("checkpoint"));
        Files.writeString(run.resolve("config.json"), "{}");
        Files.writeString(run.resolve("checkpoint").resolve("generator.params"), "old weights");
        Files.writeString(run.resolve("notes.txt"), "the student's own file");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunFolder.check(run, false));
        assertEquals(run + " already holds a run (its config.json, for one): choose another --out, or add --overwrite"
                + " to replace that run.", e.getMessage());
        assertTrue(Files.exists(run.resolve("checkpoint").resolve("generator.params")), "refused: nothing touched");

        RunFolder.check(run, true);
        assertTrue(Files.exists(run.resolve("config.json")), "checking changes nothing");
        RunFolder.prepare(run);
        assertTrue(Files.notExists(run.resolve("checkpoint")), "no old generator beside a new model");
        assertTrue(Files.notExists(run.resolve("config.json")));
        assertTrue(Files.exists(run.resolve("notes.txt")), "what is not part of a run stays");
    }

    @Test
    void aNewOrEmptyFolderIsMadeReadyAndAFileIsNoFolder() throws Exception {
        Path fresh = dir.resolve("a").resolve("b");
        RunFolder.check(fresh, false);
        assertTrue(Files.notExists(dir.resolve("a")), "checking writes nothing");
        try (var listing = Files.list(dir)) {
            assertEquals(0, listing.count(), "not even the write check's file");
        }
        RunFolder.prepare(fresh);
        assertTrue(Files.isDirectory(fresh));
        Path file = Files.writeString(dir.resolve("run.txt"), "x");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunFolder.check(file, true));
        assertEquals(file + " is a file, not a folder: choose a folder for --out.", e.getMessage());
    }
}
