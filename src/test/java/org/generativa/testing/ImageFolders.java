package org.generativa.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small image folders for import tests. */
public final class ImageFolders {

    private ImageFolders() {}

    /**
     * {@code parent/shapes}: five 40×40 RGB rectangles in the sub-folders "even" and "odd" (their labels), and one
     * broken PNG in "odd" that an import skips.
     */
    public static Path shapes(Path parent) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("shapes"));
        for (int i = 0; i < 5; i++) {
            BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(200, 40 * i, 40));
            g.fillRect(5, 5, 10 + 5 * i, 20);
            g.dispose();
            Path sub = Files.createDirectories(folder.resolve(i % 2 == 0 ? "even" : "odd"));
            ImageIO.write(image, "png", sub.resolve(i + ".png").toFile());
        }
        Files.write(folder.resolve("odd/broken.png"), new byte[] {1, 2, 3, 4});
        return folder;
    }
}
