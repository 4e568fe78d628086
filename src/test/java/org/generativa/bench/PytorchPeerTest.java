package org.generativa.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PytorchPeerTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDumpedImagesInOrder() throws IOException {
        Path file = dump(dir.resolve("a.f32"), 0f, 0.25f, 1f, 0.5f, 0.75f, 0.125f);
        assertArrayEquals(new float[] {0f, 0.25f, 1f, 0.5f, 0.75f, 0.125f}, PytorchPeer.readSamples(file, 2, 3));
    }

    @Test
    void refusesADumpOfTheWrongSizeNamingTheFileAndTheSizes() throws IOException {
        Path file = dump(dir.resolve("short.f32"), 0f, 0.5f);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PytorchPeer.readSamples(file, 2, 3));
        assertTrue(e.getMessage().contains("short.f32 holds 8 bytes, not the 24 of 2 images of 3 pixels"), e.getMessage());
    }

    @Test
    void refusesPixelsThatAreNotInTheUnitInterval() throws IOException {
        Path nan = dump(dir.resolve("nan.f32"), 0f, Float.NaN);
        Path big = dump(dir.resolve("big.f32"), 0f, 1.5f);
        assertTrue(assertThrows(IllegalStateException.class, () -> PytorchPeer.readSamples(nan, 1, 2)).getMessage()
                .contains("NaN, outside [0, 1]"));
        assertTrue(assertThrows(IllegalStateException.class, () -> PytorchPeer.readSamples(big, 1, 2)).getMessage()
                .contains("1.5, outside [0, 1]"));
    }

    /** A stand-in peer (a shell script run by sh) that prints two dumps as the Python scripts do. */
    @Test
    void aRaceReadsEveryDumpTheScriptPrints() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("gan.py"), """
                while [ $# -gt 0 ]; do case "$1" in --samples-dir) out="$2"; shift;; esac; shift; done
                mkdir -p "$out"
                printf '\\000\\000\\000\\077\\000\\000\\200\\077' > "$out/gan-000.f32"
                printf '\\000\\000\\000\\000\\000\\000\\200\\076' > "$out/gan-001.f32"
                echo "{\\"seconds\\": 15.2, \\"steps\\": 40, \\"samples\\": \\"$out/gan-000.f32\\", \\"count\\": 1}"
                echo "{\\"seconds\\": 30.1, \\"steps\\": 81, \\"samples\\": \\"$out/gan-001.f32\\", \\"count\\": 1}"
                """);
        PytorchPeer peer = new PytorchPeer("sh", "test", scripts);
        List<PytorchPeer.Samples> dumps = peer.race(BenchModel.GAN, 30, 15, 2, dir.resolve("images"), 1,
                dir.resolve("dumps"), 1, 2);
        assertEquals(2, dumps.size());
        assertEquals(15.2, dumps.get(0).seconds());
        assertEquals(81, dumps.get(1).steps());
        assertArrayEquals(new float[] {0.5f, 1f}, dumps.get(0).images());
        assertArrayEquals(new float[] {0f, 0.25f}, dumps.get(1).images());
    }

    @Test
    void aScriptThatPrintsSomethingElseIsNamed() throws IOException {
        Path scripts = Files.createDirectories(dir.resolve("other"));
        Files.writeString(scripts.resolve("vae.py"), "echo 'loss went down'\n");
        PytorchPeer peer = new PytorchPeer("sh", "test", scripts);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> peer.race(BenchModel.VAE, 30, 15, 2, dir.resolve("images"), 1, dir.resolve("d"), 1, 2));
        assertTrue(e.getMessage().contains("vae.py printed a line that is not a sample dump: loss went down"),
                e.getMessage());
    }

    private static Path dump(Path file, float... values) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            bytes.putFloat(v);
        }
        return Files.write(file, bytes.array());
    }
}
