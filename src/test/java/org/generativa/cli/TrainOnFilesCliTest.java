package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainOnFilesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static void assertOneLineRefusal(CliRun r, String... fragments) {
        assertNotEquals(0, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        for (String fragment : fragments) {
            assertTrue(r.err().contains(fragment), r.err());
        }
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void theSharedMnistTestSetTrainsAsAPath() throws Exception {
        Path mnist = Path.of("../shared/datasets/mnist");
        assumeTrue(Files.isDirectory(mnist), "the shared MNIST test set is absent");
        CliRun r = CliRun.of("train", "--model", "gan", "--dataset", mnist.toString(), "--steps", "20",
                "--hidden", "32", "--no-quality", "--out", dir.resolve("run").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode result = JSON.readTree(r.lastOutLine());
        assertEquals(20, result.get("steps").asInt());
        assertTrue(result.get("batch_ms").asDouble() > 0);
        assertTrue(Files.size(dir.resolve("run/samples.png")) > 0);
    }

    @Test
    void anImageFolderTrainsAtTheChosenSizeAndColour() throws Exception {
        for (int i = 0; i < 6; i++) {
            BufferedImage image = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(40 * i, 100, 200 - 30 * i));
            g.fillOval(5, 5, 30, 30);
            g.dispose();
            Files.createDirectories(dir.resolve("faces/" + (i % 2 == 0 ? "smile" : "frown")));
            ImageIO.write(image, "png", dir.resolve("faces/" + (i % 2 == 0 ? "smile" : "frown") + "/" + i + ".png").toFile());
        }
        Path broken = Files.writeString(dir.resolve("faces/smile/broken.png"), "not a picture");
        Path out = dir.resolve("run");
        CliRun r = CliRun.of("train", "--model", "gan", "--dataset", dir.resolve("faces").toString(), "--image-size", "64",
                "--color", "rgb", "--steps", "5", "--hidden", "16", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Skipped 1 of the 7 image files in faces (64×64):\n  " + broken + " "), r.out());
        JsonNode config = JSON.readTree(out.resolve("config.json").toFile());
        assertEquals(64, config.get("dataset").get("imageSize").asInt());
        assertEquals("rgb", config.get("dataset").get("color").asText());
        BufferedImage samples = ImageIO.read(out.resolve("samples.png").toFile());
        assertTrue(samples.getWidth() > 8 * 64, "an 8x8 grid of 64x64 samples");
    }

    @Test
    void badFilesAreOneLineOnStderr() throws Exception {
        Path notIdx = Files.writeString(dir.resolve("train-images-idx3-ubyte"), "hello world, not idx");
        assertOneLineRefusal(CliRun.of("train", "--model", "gan", "--dataset", notIdx.toString(), "--out", dir.resolve("o").toString()),
                notIdx.toString(), "is not an IDX file");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertOneLineRefusal(CliRun.of("train", "--model", "gan", "--dataset", empty.toString(), "--out", dir.resolve("o").toString()),
                empty.toString(), "contains no images");
        assertOneLineRefusal(CliRun.of("train", "--model", "gan", "--dataset", "no/such/place", "--out", dir.resolve("o").toString()),
                "no/such/place");
        assertOneLineRefusal(CliRun.of("train", "--model", "gan", "--dataset", "digits", "--image-size", "48",
                "--out", dir.resolve("o").toString()), "Image size must be 28, 32 or 64, not 48.");
        assertOneLineRefusal(CliRun.of("train", "--model", "gan", "--dataset", "digits", "--color", "sepia",
                "--out", dir.resolve("o").toString()), "'sepia'");
        assertFalse(Files.exists(dir.resolve("o")), "a refused run writes nothing");
    }
}
