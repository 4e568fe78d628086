package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images decode to the colours they show, whatever colour space and layout they were saved in. */
class ImageColourSpacesTest {

    private static final Color RED = new Color(220, 40, 40);
    private static final Color BLUE = new Color(40, 60, 220);

    @TempDir
    Path dir;

    private static Color at(SquareImage image, int side, int x, int y) {
        int i = 3 * (y * side + x);
        return new Color(image.rgb()[i] & 0xFF, image.rgb()[i + 1] & 0xFF, image.rgb()[i + 2] & 0xFF);
    }

    private static void assertClose(Color expected, Color actual, String what) {
        int off = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertEquals(true, off <= 45, what + ": expected about " + expected + " but decoded " + actual);
    }

    /** A print-style JPEG in CMYK (ImageMagick's -colorspace CMYK): the JDK's own reader washes its colours out. */
    @Test
    void aCmykJpegDecodesToTheColoursItShows() throws Exception {
        Path file = dir.resolve("cmyk.jpg");
        Files.copy(Objects.requireNonNull(getClass().getResourceAsStream("/images/cmyk-red-blue.jpg")), file);
        SquareImage image = ImageDecoder.decode(file, 32);
        assertClose(RED, at(image, 32, 4, 16), "left half");
        assertClose(BLUE, at(image, 32, 28, 16), "right half");
    }

    @Test
    void indexedAndSixteenBitImagesDecodeToTheirColours() throws Exception {
        BufferedImage picture = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                picture.setRGB(x, y, (x < 16 ? RED : BLUE).getRGB());
            }
        }
        BufferedImage indexed = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_INDEXED);
        indexed.getGraphics().drawImage(picture, 0, 0, null);
        BufferedImage deep = new BufferedImage(32, 32, BufferedImage.TYPE_USHORT_GRAY);
        deep.getGraphics().drawImage(picture, 0, 0, null);
        ImageIO.write(indexed, "png", dir.resolve("indexed.png").toFile());
        ImageIO.write(deep, "png", dir.resolve("deep.png").toFile());

        SquareImage fromIndexed = ImageDecoder.decode(dir.resolve("indexed.png"), 32);
        // The palette holds the nearest colours it has; the decoded pixels must be those.
        assertEquals(new Color(indexed.getRGB(4, 16)), at(fromIndexed, 32, 4, 16), "indexed, left");
        assertEquals(new Color(indexed.getRGB(28, 16)), at(fromIndexed, 32, 28, 16), "indexed, right");
        SquareImage fromDeep = ImageDecoder.decode(dir.resolve("deep.png"), 32);
        Color grey = at(fromDeep, 32, 4, 16);
        assertEquals(grey.getRed(), grey.getBlue(), "16-bit grey stays grey");
        assertEquals(true, at(fromDeep, 32, 4, 16).getRed() > at(fromDeep, 32, 28, 16).getRed(),
                "red is lighter than blue in grey");
    }
}
