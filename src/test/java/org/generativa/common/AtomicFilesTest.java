package org.generativa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesTheWholeContentAndLeavesNothingBeside() throws IOException {
        Path file = folder.resolve("chart.csv");
        Files.writeString(file, "old");
        AtomicFiles.write(file, out -> out.write("step,loss\n1,0.5\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("step,loss\n1,0.5\n", Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileWhole() throws IOException {
        Path file = folder.resolve("chart.csv");
        Files.writeString(file, "old content");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage());
        assertEquals("old content", Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
    }
}
