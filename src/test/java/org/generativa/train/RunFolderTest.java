package org.generativa.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.generativa.common.Checksums;
import org.generativa.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    @TempDir
    Path dir;

    private static void writeRun(Path run, String weights) throws IOException {
        Files.createDirectories(run.resolve("checkpoint"));
        Files.writeString(run.resolve("config.json"), "{}");
        Files.writeString(run.resolve("metrics.csv"), "step,loss\n1,0.5\n");
        Files.writeString(run.resolve("checkpoint").resolve("generator.params"), weights);
        Checksums.seal(run.resolve("checkpoint"));
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFolderHoldingARunIsRefusedUnlessItIsToBeReplacedAndThenItIsReplacedWhole() throws Exception {
        Path run = dir.resolve("gan-run");
        writeRun(run, "old weights");
        Files.writeString(run.resolve("features.png"), "old features");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunFolder.claim(run, false));
        assertEquals(run + " already holds a run (its checkpoint, for one): choose another --out, or add --overwrite"
                + " to replace that run.", e.getMessage());

        try (RunFolder folder = RunFolder.claim(run, true)) {
            Path staging = folder.prepare();
            assertFalse(staging.startsWith(run), "the new run is written beside the old one");
            writeRun(staging, "new weights");
            assertEquals("old weights", Files.readString(run.resolve("checkpoint").resolve("generator.params")),
                    "until the switch the old run is whole");
            folder.commit();
        }
        assertEquals("new weights", Files.readString(run.resolve("checkpoint").resolve("generator.params")));
        assertTrue(Files.notExists(run.resolve("features.png")), "no file of the old run stays beside the new one");
        assertEquals(List.of(RunFolder.LOCK_FILE, "gan-run"), names(dir), "nothing else is left beside it");
    }

    @Test
    void aFolderWithOtherFilesIsNeverReplacedAndAFileIsNoFolder() throws Exception {
        Path run = dir.resolve("desk");
        Files.createDirectories(run);
        Files.writeString(run.resolve("notes.txt"), "the student's own file");
        Files.writeString(run.resolve("config.json"), "{}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunFolder.claim(run, true));
        assertEquals(run + " holds files that are not a run's (notes.txt, for one): choose a new or empty folder for"
                + " --out, so that nothing of yours is replaced.", e.getMessage());
        assertTrue(Files.exists(run.resolve("notes.txt")));

        Path file = Files.writeString(dir.resolve("run.txt"), "x");
        e = assertThrows(InvalidInputException.class, () -> RunFolder.claim(file, true));
        assertEquals(file + " is a file, not a folder: choose a folder for --out.", e.getMessage());
    }

    @Test
    void aSecondClaimOnTheSameFolderIsRefusedWhileTheFirstHoldsIt() throws Exception {
        Path run = dir.resolve("a").resolve("run");
        try (RunFolder first = RunFolder.claim(run, false)) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> RunFolder.claim(run, false));
            assertEquals("Another training is writing into " + run + " right now: wait for it to end, or choose another"
                    + " --out.", e.getMessage());
            try (RunFolder other = RunFolder.claim(dir.resolve("a").resolve("other"), false)) {
                assertNull(other.cleaned(), "another folder beside it is free");
            }
        }
        try (RunFolder again = RunFolder.claim(run, false)) {
            assertNull(again.cleaned(), "released by close");
        }
    }

    @Test
    void aCrashBetweenTheTwoRenamesLeavesACompleteRunUnderTheName() throws Exception {
        Path run = dir.resolve("run");
        Path previous = dir.resolve(".run.previous");
        Path partial = dir.resolve(".run.partial");

        writeRun(previous, "old weights");
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("metrics.csv"), "step,loss\n");
        try (RunFolder folder = RunFolder.claim(run, true)) {
            assertEquals(".run.partial", folder.cleaned(), "the unfinished run is cleaned up and said");
        }
        assertEquals("old weights", Files.readString(run.resolve("checkpoint").resolve("generator.params")),
                "an unfinished new run: the previous one is put back");

        Files.move(run, previous);
        writeRun(partial, "new weights");
        try (RunFolder folder = RunFolder.claim(run, true)) {
            assertNull(folder.cleaned());
        }
        assertEquals("new weights", Files.readString(run.resolve("checkpoint").resolve("generator.params")),
                "a complete new run: the switch is finished");
        assertEquals(List.of(RunFolder.LOCK_FILE, "run"), names(dir));
    }
}
