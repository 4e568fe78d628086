package org.generativa.preview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.generativa.common.AtomicFiles;

/** Writes a preview as a PNG file: image grids pixel for pixel (scaled up), point clouds as a scatter plot. */
public final class PreviewPng {

    private static final int GRID_SCALE = 3;
    private static final int PLOT_SIZE = 640;
    private static final int DENSITY_BINS = 80;
    private static final Color BACKGROUND = new Color(250, 250, 250);
    private static final Color REAL = new Color(40, 110, 200, 150);
    private static final Color GENERATED = new Color(230, 120, 20, 150);

    private PreviewPng() {}

    /** Writes the PNG atomically: a crash leaves the old file or the whole new one. */
    public static void write(Preview preview, Path file) throws IOException {
        byte[] png = encode(preview);
        AtomicFiles.write(file, out -> out.write(png));
    }

    /** The PNG bytes of {@code preview}, as {@link #write} would write them. */
    public static byte[] encode(Preview preview) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image(preview), "png", out);
        return out.toByteArray();
    }

    private static BufferedImage image(Preview preview) {
        BufferedImage image;
        if (preview instanceof ImageGrid grid) {
            image = grid(grid);
        } else if (preview instanceof PointCloud cloud) {
            image = scatter(cloud);
        } else {
            image = densities(Histogram.of((ScalarSamples) preview, DENSITY_BINS));
        }
        return image;
    }

    private static BufferedImage grid(ImageGrid grid) {
        BufferedImage image = new BufferedImage(grid.width() * GRID_SCALE, grid.height() * GRID_SCALE, BufferedImage.TYPE_INT_RGB);
        byte[] bgra = grid.bgra();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int at = ((y / GRID_SCALE) * grid.width() + x / GRID_SCALE) * 4;
                int rgb = (bgra[at + 2] & 0xFF) << 16 | (bgra[at + 1] & 0xFF) << 8 | (bgra[at] & 0xFF);
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private static BufferedImage scatter(PointCloud cloud) {
        BufferedImage image = new BufferedImage(PLOT_SIZE, PLOT_SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, PLOT_SIZE, PLOT_SIZE);
        PlotBounds bounds = PlotBounds.covering(cloud.real(), cloud.generated());
        g.setColor(new Color(200, 200, 200));
        g.setStroke(new BasicStroke(1));
        int cx = (int) bounds.toPixelX(0, PLOT_SIZE);
        int cy = (int) bounds.toPixelY(0, PLOT_SIZE);
        g.drawLine(0, cy, PLOT_SIZE, cy);
        g.drawLine(cx, 0, cx, PLOT_SIZE);
        dots(g, cloud.real(), bounds, REAL);
        dots(g, cloud.generated(), bounds, GENERATED);
        g.dispose();
        return image;
    }

    private static BufferedImage densities(Histogram histogram) {
        BufferedImage image = new BufferedImage(PLOT_SIZE, PLOT_SIZE / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        double top = 0;
        for (int i = 0; i < histogram.real().length; i++) {
            top = Math.max(top, Math.max(histogram.real()[i], histogram.generated()[i]));
        }
        bars(g, histogram.real(), top, image, REAL);
        bars(g, histogram.generated(), top, image, GENERATED);
        g.dispose();
        return image;
    }

    private static void bars(Graphics2D g, double[] density, double top, BufferedImage image, Color color) {
        g.setColor(color);
        double width = (double) image.getWidth() / density.length;
        for (int i = 0; i < density.length; i++) {
            int h = (int) Math.round(density[i] / Math.max(top, 1e-9) * (image.getHeight() - 10));
            g.fillRect((int) Math.round(i * width), image.getHeight() - h, (int) Math.ceil(width), h);
        }
    }

    private static void dots(Graphics2D g, float[] xy, PlotBounds bounds, Color color) {
        g.setColor(color);
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double x = bounds.toPixelX(xy[i], PLOT_SIZE);
            double y = bounds.toPixelY(xy[i + 1], PLOT_SIZE);
            g.fillOval((int) x - 3, (int) y - 3, 6, 6);
        }
    }
}
