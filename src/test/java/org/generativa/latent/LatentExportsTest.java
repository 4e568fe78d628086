package org.generativa.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.ImageGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

class LatentExportsTest {

    @TempDir
    Path dir;

    /** A 2x2 grayscale image whose top-left pixel has value {@code v}. */
    private static ImageGrid frame(float v) {
        return GridRenderer.render(new float[] {v, 0, 0, 1}, 1, 1, 2, 2, 1, 0f, 1f);
    }

    private static IIOMetadataNode find(Node node, String name) {
        if (node.getNodeName().equals(name)) {
            return (IIOMetadataNode) node;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            IIOMetadataNode found = find(c, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void gifHasOneFramePerImageTheDelayAndLoopsForever() throws Exception {
        List<ImageGrid> frames = new ArrayList<>();
        for (int f = 0; f < 7; f++) {
            frames.add(frame(f / 6f));
        }
        Path gif = dir.resolve("walk.gif");
        LatentExports.writeGif(frames, gif, 120, 3);

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            assertEquals(7, reader.getNumImages(true));
            Node first = reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode loop = find(first, "ApplicationExtension");
            assertNotNull(loop, "the NETSCAPE looping extension");
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
            assertEquals("2.0", loop.getAttribute("authenticationCode"));
            byte[] data = (byte[]) loop.getUserObject();
            assertEquals(1, data[0], "loop sub-block");
            assertEquals(0, (data[1] & 0xFF) | (data[2] & 0xFF) << 8, "loop count 0 means forever");
            for (int f = 0; f < 7; f++) {
                Node meta = reader.getImageMetadata(f).getAsTree("javax_imageio_gif_image_1.0");
                assertEquals("12", find(meta, "GraphicControlExtension").getAttribute("delayTime"), "frame " + f);
            }
            BufferedImage last = reader.read(6);
            assertEquals(3 * (2 + 2 * GridRenderer.GUTTER), last.getWidth());
            assertEquals(0xFFFFFF, last.getRGB(3 * GridRenderer.GUTTER, 3 * GridRenderer.GUTTER) & 0xFFFFFF, "value 1 is white");
            BufferedImage firstImage = reader.read(0);
            assertEquals(0x000000, firstImage.getRGB(3 * GridRenderer.GUTTER, 3 * GridRenderer.GUTTER) & 0xFFFFFF);
        } finally {
            reader.dispose();
        }
        assertThrows(IllegalArgumentException.class, () -> LatentExports.writeGif(List.of(), gif, 100, 1));
        assertThrows(IllegalArgumentException.class, () -> LatentExports.writeGif(frames, gif, 5, 1));
    }

    @Test
    void pngIsTheGridScaledWithRowLabelsInALeftMargin() throws Exception {
        ImageGrid grid = GridRenderer.render(new float[] {1, 1, 1, 1, 0, 0, 0, 0}, 2, 1, 2, 2, 1, 0f, 1f);
        Path plain = dir.resolve("plain.png");
        LatentExports.writePng(grid, plain, 4);
        BufferedImage image = ImageIO.read(plain.toFile());
        assertEquals(4 * grid.width(), image.getWidth());
        assertEquals(4 * grid.height(), image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(4 * GridRenderer.GUTTER, 4 * GridRenderer.GUTTER) & 0xFFFFFF);

        Path labelled = dir.resolve("labelled.png");
        LatentExports.writePng(grid.withRowLabels(List.of("z3", "z0")), labelled, 4);
        BufferedImage withLabels = ImageIO.read(labelled.toFile());
        int margin = withLabels.getWidth() - image.getWidth();
        assertTrue(margin > 0, "a margin for the labels");
        assertEquals(image.getHeight(), withLabels.getHeight());
        boolean text = false;
        for (int y = 0; y < withLabels.getHeight(); y++) {
            for (int x = 0; x < margin; x++) {
                text |= (withLabels.getRGB(x, y) & 0xFF) > 150;
            }
        }
        assertTrue(text, "light label text in the margin");
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x, y), withLabels.getRGB(margin + x, y));
            }
        }
    }

    @Test
    void pixelsAreRepeatedScaleTimes() {
        BufferedImage image = LatentExports.toImage(frame(1), 2);
        int g = GridRenderer.GUTTER * 2;
        int[] row = image.getRGB(0, g, image.getWidth(), 1, null, 0, image.getWidth());
        assertEquals(0xFFFFFF, row[g] & 0xFFFFFF);
        assertEquals(0xFFFFFF, row[g + 1] & 0xFFFFFF);
        assertEquals(0x000000, row[g + 2] & 0xFFFFFF);
        assertArrayEquals(new int[] {0x282828, 0x282828}, new int[] {row[0] & 0xFFFFFF, row[g - 1] & 0xFFFFFF});
        assertThrows(IllegalArgumentException.class, () -> LatentExports.toImage(frame(0), 0));
    }
}
