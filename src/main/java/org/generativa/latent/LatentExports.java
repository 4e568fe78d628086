package org.generativa.latent;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.ImageGrid;

/** Saves latent pictures: a grid or strip as PNG (row labels in a left margin), an interpolation as a looping GIF. */
public final class LatentExports {

    /** Grid pixels per picture pixel, as in the app's other PNGs. */
    public static final int DEFAULT_SCALE = 3;
    private static final String GIF_FORMAT = "javax_imageio_gif_image_1.0";
    private static final int LABEL_PADDING = 6;
    private static final Color MARGIN = new Color(40, 40, 40);

    private LatentExports() {}

    /** Writes {@code grid} scaled by {@code scale}; its row labels, if any, go in a margin on the left. */
    public static void writePng(ImageGrid grid, Path file, int scale) throws IOException {
        BufferedImage pixels = toImage(grid, scale);
        BufferedImage image = grid.rowLabels().isEmpty() ? pixels : withRowLabels(pixels, grid, scale);
        ImageIO.write(image, "png", file.toFile());
    }

    /**
     * Writes the frames as an animated GIF that loops forever.
     *
     * @param delayMillis time each frame shows, rounded to the GIF's 10 ms unit (at least 10 ms)
     */
    public static void writeGif(List<ImageGrid> frames, Path file, int delayMillis, int scale) throws IOException {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        if (delayMillis < 10) {
            throw new IllegalArgumentException("a GIF frame shows for at least 10 ms, not " + delayMillis);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int f = 0; f < frames.size(); f++) {
                BufferedImage image = toImage(frames.get(f), scale);
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(GIF_FORMAT);
                IIOMetadataNode control = child(root, "GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", Integer.toString(Math.round(delayMillis / 10f)));
                control.setAttribute("transparentColorIndex", "0");
                if (f == 0) {
                    IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                    loop.setAttribute("applicationID", "NETSCAPE");
                    loop.setAttribute("authenticationCode", "2.0");
                    loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = forever
                    child(root, "ApplicationExtensions").appendChild(loop);
                }
                metadata.setFromTree(GIF_FORMAT, root);
                writer.writeToSequence(new IIOImage(image, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** The grid's pixels, each repeated {@code scale} times in both directions. */
    public static BufferedImage toImage(ImageGrid grid, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, not " + scale);
        }
        int w = grid.width() * scale;
        int h = grid.height() * scale;
        int[] rgb = new int[w * h];
        byte[] bgra = grid.bgra();
        for (int y = 0; y < h; y++) {
            int source = (y / scale) * grid.width();
            for (int x = 0; x < w; x++) {
                int at = (source + x / scale) * 4;
                rgb[y * w + x] = (bgra[at + 2] & 0xFF) << 16 | (bgra[at + 1] & 0xFF) << 8 | (bgra[at] & 0xFF);
            }
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, rgb, 0, w);
        return image;
    }

    private static BufferedImage withRowLabels(BufferedImage pixels, ImageGrid grid, int scale) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, grid.cellSize() * scale / 3));
        Graphics2D probe = pixels.createGraphics();
        FontMetrics metrics = probe.getFontMetrics(font);
        probe.dispose();
        int margin = grid.rowLabels().stream().mapToInt(metrics::stringWidth).max().orElse(0) + 2 * LABEL_PADDING;
        BufferedImage image = new BufferedImage(margin + pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(MARGIN);
        g.fillRect(0, 0, margin, image.getHeight());
        g.drawImage(pixels, margin, 0, null);
        g.setColor(Color.WHITE);
        g.setFont(font);
        int rowHeight = (grid.cellSize() + GridRenderer.GUTTER) * scale;
        for (int r = 0; r < grid.rowLabels().size(); r++) {
            int centre = GridRenderer.GUTTER * scale + r * rowHeight + grid.cellSize() * scale / 2;
            g.drawString(grid.rowLabels().get(r), LABEL_PADDING, centre + metrics.getAscent() / 2 - 1);
        }
        g.dispose();
        return image;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
