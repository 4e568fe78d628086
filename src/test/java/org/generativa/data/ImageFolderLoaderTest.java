package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.generativa.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderLoaderTest {

    @TempDir
    Path dir;

    private static BufferedImage filled(int w, int h, int type, Color color) {
        BufferedImage image = new BufferedImage(w, h, type);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    private static Path save(BufferedImage image, String format, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(image, format, file.toFile()), "no writer for " + format);
        return file;
    }

    private static ImageFolderDataset load(Path folder, int side, ColorMode color) {
        return ImageFolderLoader.load(folder, side, color, LoadProgress.NONE, () -> false);
    }

    private static String refusal(Path folder) {
        return assertThrows(InvalidInputException.class, () -> load(folder, 32, ColorMode.AUTO)).getMessage();
    }

    @Test
    void subFolderNamesBecomeLabelsAndEveryFormatIsRead() throws Exception {
        save(filled(40, 40, BufferedImage.TYPE_INT_RGB, Color.RED), "png", dir.resolve("cats/a.png"));
        save(filled(40, 30, BufferedImage.TYPE_INT_RGB, Color.RED), "jpg", dir.resolve("cats/deep/b.JPG"));
        save(filled(20, 20, BufferedImage.TYPE_INT_RGB, Color.BLUE), "bmp", dir.resolve("dogs/c.bmp"));
        save(filled(20, 20, BufferedImage.TYPE_BYTE_INDEXED, Color.BLUE), "gif", dir.resolve("dogs/d.gif"));
        Files.writeString(dir.resolve("dogs/notes.txt"), "not an image");

        ImageFolderDataset set = load(dir, 32, ColorMode.AUTO);
        assertEquals(4, set.count());
        assertEquals(List.of("cats", "dogs"), set.labelNames());
        assertArrayEquals(new int[] {3, 32, 32}, set.itemShape());
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            labels.add(set.label(i));
        }
        assertEquals(List.of(0, 0, 1, 1), labels);
        float[] image = new float[3 * 32 * 32];
        set.read(0, image, 0);
        assertEquals(1f, image[0], 0.01f, "red channel of a red image");
        assertEquals(0f, image[32 * 32], 0.01f, "green channel");
        assertTrue(set.skipped().isEmpty());
    }

    @Test
    void imagesDirectlyInTheFolderAreUnlabelled() throws Exception {
        save(filled(10, 10, BufferedImage.TYPE_BYTE_GRAY, Color.WHITE), "png", dir.resolve("a.png"));
        save(filled(10, 10, BufferedImage.TYPE_BYTE_GRAY, Color.WHITE), "png", dir.resolve("sub/b.png"));
        ImageFolderDataset set = load(dir, 28, ColorMode.AUTO);
        assertEquals(List.of(), set.labelNames());
        assertEquals(-1, set.label(0));
    }

    @Test
    void centreCropThenAreaAverageResize() throws Exception {
        BufferedImage image = filled(96, 64, BufferedImage.TYPE_INT_RGB, Color.BLACK);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(16, 0, 32, 64); // the left half of the central 64x64 square is white
        g.dispose();
        save(image, "png", dir.resolve("x.png"));
        ImageFolderDataset set = load(dir, 32, ColorMode.AUTO);
        assertArrayEquals(new int[] {1, 32, 32}, set.itemShape(), "all-gray images become one channel");
        float[] pixels = new float[32 * 32];
        set.read(0, pixels, 0);
        assertEquals(1f, pixels[5 * 32 + 0], 1e-6f);
        assertEquals(1f, pixels[5 * 32 + 15], 1e-6f);
        assertEquals(0f, pixels[5 * 32 + 16], 1e-6f);
        assertEquals(0f, pixels[5 * 32 + 31], 1e-6f);
    }

    @Test
    void mixedGrayRgbAndAlphaImagesAllLoad() throws Exception {
        save(filled(8, 8, BufferedImage.TYPE_BYTE_GRAY, Color.GRAY), "png", dir.resolve("gray.png"));
        save(filled(8, 8, BufferedImage.TYPE_INT_RGB, Color.GREEN), "png", dir.resolve("rgb.png"));
        BufferedImage alpha = filled(8, 8, BufferedImage.TYPE_INT_ARGB, new Color(255, 255, 255, 128));
        save(alpha, "png", dir.resolve("alpha.png"));

        ImageFolderDataset rgb = load(dir, 28, ColorMode.AUTO);
        assertEquals(3, rgb.itemShape()[0], "one colour image makes the set RGB");
        assertEquals(3, rgb.count());
        float[] pixel = new float[3 * 28 * 28];
        rgb.read(0, pixel, 0); // alpha.png sorts first: half-transparent white over black
        assertEquals(128 / 255f, pixel[0], 0.01f);

        ImageFolderDataset gray = load(dir, 28, ColorMode.GRAY);
        assertEquals(1, gray.itemShape()[0]);
        float[] g = new float[28 * 28];
        gray.read(2, g, 0); // rgb.png: pure green has luminance 0.587
        assertEquals(0.587f, g[0], 0.01f);
    }

    @Test
    void aCorruptJpegAmongGoodImagesIsSkippedAndListed() throws Exception {
        save(filled(16, 16, BufferedImage.TYPE_INT_RGB, Color.WHITE), "jpg", dir.resolve("good1.jpg"));
        save(filled(16, 16, BufferedImage.TYPE_INT_RGB, Color.WHITE), "jpg", dir.resolve("good2.jpg"));
        Path bad = dir.resolve("broken.jpg");
        Files.write(bad, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x13, 0x37, 0x42, 0x00, 0x00});
        ImageFolderDataset set = load(dir, 32, ColorMode.AUTO);
        assertEquals(2, set.count());
        assertEquals(3, set.filesFound());
        assertEquals(1, set.skipped().size());
        assertEquals(bad, set.skipped().get(0).file());
        assertTrue(set.skipped().get(0).reason().startsWith("is damaged or not a readable image"), set.skipped().get(0).reason());
    }

    @Test
    void aHugePngIsSkippedWithoutDecodingIt() throws Exception {
        Path huge = dir.resolve("huge.png");
        Files.write(huge, pngHeaderOnly(20_000, 20_000));
        save(filled(16, 16, BufferedImage.TYPE_INT_RGB, Color.WHITE), "png", dir.resolve("small.png"));
        ImageFolderDataset set = load(dir, 32, ColorMode.AUTO);
        assertEquals(1, set.count());
        assertEquals("is too large (20000×20000 pixels; the limit is 100 megapixels)", set.skipped().get(0).reason());
    }

    @Test
    void aFolderWithoutImagesIsRefused() throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "hello");
        assertEquals(dir + " contains no images (PNG, JPEG, BMP or GIF), not even in sub-folders.", refusal(dir));
    }

    @Test
    void aFolderWhoseImagesAreAllUnreadableIsRefusedWithTheFirstReason() throws Exception {
        Files.write(dir.resolve("a.png"), new byte[] {1, 2, 3});
        String message = refusal(dir);
        assertTrue(message.startsWith(dir + " has 1 image file but none could be read (" + dir.resolve("a.png") + " is "), message);
    }

    @Test
    void aFileGivenWhereAFolderIsExpectedIsRefused() throws Exception {
        Path file = save(filled(4, 4, BufferedImage.TYPE_INT_RGB, Color.RED), "png", dir.resolve("one.png"));
        assertEquals(file + " is a file, but a folder of images is needed here.", refusal(file));
    }

    @Test
    void aMissingFolderIsRefused() {
        Path missing = dir.resolve("nope");
        assertEquals(missing + " does not exist.", refusal(missing));
    }

    @Test
    void anUnreadableFolderIsRefused() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        save(filled(4, 4, BufferedImage.TYPE_INT_RGB, Color.RED), "png", locked.resolve("a.png"));
        assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "permissions are not enforced for this user (root)");
        try {
            assertEquals(locked + " cannot be read: permission denied.", refusal(locked));
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void loadingCanBeCancelled() throws Exception {
        for (int i = 0; i < 5; i++) {
            save(filled(8, 8, BufferedImage.TYPE_INT_RGB, Color.RED), "png", dir.resolve(i + ".png"));
        }
        assertThrows(CancellationException.class,
                () -> ImageFolderLoader.load(dir, 32, ColorMode.AUTO, LoadProgress.NONE, () -> true));
    }

    @Test
    void progressReachesTheTotal() throws Exception {
        for (int i = 0; i < 6; i++) {
            save(filled(8, 8, BufferedImage.TYPE_INT_RGB, Color.RED), "png", dir.resolve(i + ".png"));
        }
        long[] last = new long[2];
        ImageFolderLoader.load(dir, 32, ColorMode.AUTO, (done, total) -> {
            synchronized (last) {
                last[0] = Math.max(last[0], done);
                last[1] = total;
            }
        }, () -> false);
        assertArrayEquals(new long[] {6, 6}, last);
    }

    /** A PNG signature and IHDR chunk declaring the size, then IEND: enough for a reader to report dimensions. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(ihdr);
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 0, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
