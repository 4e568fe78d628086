package org.generativa.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksumsTest {

    @TempDir
    Path dir;

    @Test
    void aSealedFolderVerifiesAndEveryChangeToItIsRefusedNamingTheFile() throws Exception {
        Path weights = Files.write(dir.resolve("generator.params"), new byte[] {1, 2, 3, 4});
        Files.writeString(dir.resolve("generator.optimizer"), "state");
        Checksums.seal(dir);
        List<String> list = Files.readAllLines(dir.resolve(Checksums.FILE));
        assertEquals(2, list.size());
        assertEquals(Checksums.sha256(weights) + "  generator.params", list.get(1), "sha256sum's format, sorted by name");
        assertDoesNotThrow(() -> Checksums.verify(dir));

        Files.write(weights, new byte[] {1, 2, 3, 5});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Checksums.verify(dir));
        assertEquals(weights + " is damaged: its content differs from what was saved (its checksum does not match), so"
                + " it is not loaded.", e.getMessage());

        Files.write(weights, new byte[] {1, 2, 3});
        assertThrows(InvalidInputException.class, () -> Checksums.verify(dir), "cut short");

        Files.delete(weights);
        e = assertThrows(InvalidInputException.class, () -> Checksums.verify(dir));
        assertEquals(weights + " is missing, though checksums.sha256 lists it: the checkpoint was not saved completely.",
                e.getMessage());
    }

    @Test
    void aDamagedOrHostileListIsRefusedAndAFolderWithoutOneIsTakenAsItIs() throws Exception {
        assertDoesNotThrow(() -> Checksums.verify(dir), "saved before lists were kept");
        Path list = dir.resolve(Checksums.FILE);
        for (String bad : List.of("not a checksum line", "a".repeat(64) + "  ../../etc/passwd",
                "zz" + "a".repeat(62) + "  x", "a".repeat(64) + "  .hidden")) {
            Files.writeString(list, bad + "\n");
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Checksums.verify(dir), bad);
            assertEquals(list + " is damaged, so the files it vouches for cannot be checked and are not loaded.",
                    e.getMessage());
        }
        Files.write(list, new byte[20_000]);
        assertThrows(InvalidInputException.class, () -> Checksums.verify(dir), "too long to be a list");
    }
}
