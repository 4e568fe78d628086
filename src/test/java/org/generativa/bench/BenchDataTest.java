package org.generativa.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.generativa.common.InvalidInputException;
import org.generativa.data.IdxDataset;
import org.generativa.data.SyntheticDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDataTest {

    @TempDir
    Path dir;

    @Test
    void writtenImagesReadBackWithinOneGreyLevel() {
        SyntheticDigits digits = new SyntheticDigits(0);
        Path file = BenchData.writeIdx(digits, 5, dir.resolve("x-images-idx3-ubyte"));
        IdxDataset back = IdxDataset.open(file, List.of());
        assertEquals(5, back.count());
        assertArrayEquals(new int[] {1, 28, 28}, back.itemShape());
        float[] original = new float[784];
        float[] read = new float[784];
        for (int i = 0; i < 5; i++) {
            digits.read(i, original, 0);
            back.read(i, read, 0);
            assertArrayEquals(original, read, 0.5f / 255 + 1e-6f, "item " + i);
        }
    }

    @Test
    void aMissingPathIsRefusedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BenchData.open("no/such/idx", dir));
        assertEquals("There is no IDX file or folder no/such/idx: give MNIST-style IDX images or 'digits'.", e.getMessage());
    }
}
