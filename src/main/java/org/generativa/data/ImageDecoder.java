package org.generativa.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes one image file into a square RGB image of a given side: the central square is kept and
 * resized (area averaging when shrinking, bilinear when enlarging); transparency is composited onto
 * black. Huge images are decoded subsampled so memory stays bounded; absurd ones are refused.
 */
final class ImageDecoder {

    /** Above this the file is refused (a 20000x20000 image is 400 megapixels). */
    static final long MAX_PIXELS = 100_000_000L;
    /** Larger images are decoded subsampled to about this many pixels. */
    private static final long DECODE_PIXELS = 4_000_000L;

    private ImageDecoder() {}

    /** Returns the image, or throws {@link UnusableImageException} with the reason it was skipped. */
    static SquareImage decode(Path file, int side) {
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new UnusableImageException("image.cannotOpen");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnusableImageException("image.unknownFormat");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new UnusableImageException("image.tooLarge", String.valueOf(reader.getWidth(0)),
                            String.valueOf(reader.getHeight(0)));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODE_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                image = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnusableImageException unusable) {
                throw unusable;
            }
            throw new UnusableImageException("image.damaged", e.getMessage());
        }
        if (image.getWidth() < 1 || image.getHeight() < 1) {
            throw new UnusableImageException("image.noPixels");
        }
        return squareAndResize(toOpaqueRgb(image), side);
    }

    private static BufferedImage toOpaqueRgb(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static SquareImage squareAndResize(BufferedImage image, int side) {
        int crop = Math.min(image.getWidth(), image.getHeight());
        int x0 = (image.getWidth() - crop) / 2;
        int y0 = (image.getHeight() - crop) / 2;
        int[] argb = image.getRGB(x0, y0, crop, crop, null, 0, crop);
        float[][] channels = new float[3][crop * crop];
        for (int i = 0; i < argb.length; i++) {
            channels[0][i] = (argb[i] >> 16) & 0xFF;
            channels[1][i] = (argb[i] >> 8) & 0xFF;
            channels[2][i] = argb[i] & 0xFF;
        }
        byte[] out = new byte[side * side * 3];
        boolean gray = true;
        float[][] resized = new float[3][];
        for (int c = 0; c < 3; c++) {
            resized[c] = crop >= side ? Resampler.areaAverage(channels[c], crop, side) : Resampler.bilinear(channels[c], crop, side);
        }
        for (int i = 0; i < side * side; i++) {
            int r = Math.round(resized[0][i]);
            int g = Math.round(resized[1][i]);
            int b = Math.round(resized[2][i]);
            gray &= Math.abs(r - g) <= 1 && Math.abs(g - b) <= 1;
            out[3 * i] = (byte) r;
            out[3 * i + 1] = (byte) g;
            out[3 * i + 2] = (byte) b;
        }
        return new SquareImage(out, gray);
    }
}
