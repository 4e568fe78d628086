package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.generativa.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxDatasetTest {

    @TempDir
    Path dir;

    private String refusal(Path path) {
        return assertThrows(InvalidInputException.class, () -> IdxDataset.open(path, List.of())).getMessage();
    }

    @Test
    void plainAndGzipFilesGiveTheSamePixelsAndPairedLabels() throws Exception {
        Path plainDir = Files.createDirectory(dir.resolve("plain"));
        Path gzipDir = Files.createDirectory(dir.resolve("gzip"));
        IdxFixtures.write(plainDir.resolve("train-images-idx3-ubyte"), IdxFixtures.images(12, 4, 5));
        IdxFixtures.write(plainDir.resolve("train-labels-idx1-ubyte"), IdxFixtures.labels(12));
        IdxFixtures.write(gzipDir.resolve("train-images-idx3-ubyte.gz"), IdxFixtures.gzip(IdxFixtures.images(12, 4, 5)));
        IdxFixtures.write(gzipDir.resolve("train-labels-idx1-ubyte.gz"), IdxFixtures.gzip(IdxFixtures.labels(12)));

        IdxDataset plain = IdxDataset.open(plainDir.resolve("train-images-idx3-ubyte"), List.of());
        IdxDataset gzip = IdxDataset.open(gzipDir, List.of());
        assertEquals(12, plain.count());
        assertTrue(Arrays.equals(new int[] {1, 4, 5}, plain.itemShape()));
        float[] a = new float[20];
        float[] b = new float[20];
        plain.read(7, a, 0);
        gzip.read(7, b, 0);
        assertTrue(Arrays.equals(a, b));
        assertEquals((7 * 37 + 3) % 256 / 255f, a[3], 1e-7);
        assertEquals(7, plain.label(7));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), gzip.labelNames());
    }

    @Test
    void knownClassNamesAreUsedAndImagesWithoutLabelsAreUnlabelled() throws Exception {
        Path images = IdxFixtures.write(dir.resolve("x-images-idx3-ubyte"), IdxFixtures.images(3, 2, 2));
        IdxDataset unlabelled = IdxDataset.open(images, List.of());
        assertEquals(-1, unlabelled.label(0));
        assertEquals(List.of(), unlabelled.labelNames());

        IdxFixtures.write(dir.resolve("x-labels-idx1-ubyte"), IdxFixtures.labels(3));
        List<String> names = List.of("zero", "one", "two", "3", "4", "5", "6", "7", "8", "9");
        assertEquals(names, IdxDataset.open(images, names).labelNames());
    }

    @Test
    void emnistImagesAreTransposed() throws Exception {
        Path mnist = IdxFixtures.write(dir.resolve("a-images-idx3-ubyte"), IdxFixtures.images(1, 3, 3));
        Path emnist = IdxFixtures.write(dir.resolve("emnist-letters-images-idx3-ubyte"), IdxFixtures.images(1, 3, 3));
        float[] m = new float[9];
        float[] e = new float[9];
        IdxDataset.open(mnist, List.of()).read(0, m, 0);
        IdxDataset.open(emnist, List.of()).read(0, e, 0);
        assertEquals(m[1 * 3 + 2], e[2 * 3 + 1], 0);
        assertEquals(m[2 * 3 + 0], e[0 * 3 + 2], 0);
    }

    @Test
    void truncatedGzipIsRefused() throws Exception {
        byte[] gz = IdxFixtures.gzip(IdxFixtures.images(50, 8, 8));
        Path file = IdxFixtures.write(dir.resolve("t-images-idx3-ubyte.gz"), Arrays.copyOf(gz, gz.length / 2));
        String message = refusal(file);
        assertTrue(message.startsWith(file.toString()), message);
        assertTrue(message.contains("ends early") && message.contains("incomplete"), message);
    }

    @Test
    void wrongMagicNumberIsRefused() throws Exception {
        byte[] content = IdxFixtures.images(2, 2, 2);
        content[0] = 0x50;
        content[1] = 0x4B;
        Path file = IdxFixtures.write(dir.resolve("w-images-idx3-ubyte"), content);
        assertEquals(file + " is not an IDX file: it starts with 50 4B 08 03 instead of 00 00 08 03.", refusal(file));
    }

    @Test
    void headerCountsLargerThanThePlainFileAreRefused() throws Exception {
        byte[] content = IdxFixtures.images(10, 4, 4);
        content[7] = 100;
        Path file = IdxFixtures.write(dir.resolve("h-images-idx3-ubyte"), content);
        assertEquals(file + " is too short: its header promises 100 images of 4×4 (1616 bytes) but the file has 176 bytes.",
                refusal(file));
    }

    @Test
    void aRefusalReadsInTheUsersLanguageWithTheSentencesInsideItToo() throws Exception {
        byte[] content = IdxFixtures.images(10, 4, 4);
        content[7] = 100;
        Path file = IdxFixtures.write(dir.resolve("h-images-idx3-ubyte"), content);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> IdxDataset.open(file, List.of()));
        assertEquals(file + " es demasiado corto: su cabecera promete 100 imágenes de 4×4 (1616 bytes), pero el archivo tiene"
                + " 176 bytes.", e.in(Locale.forLanguageTag("es")));
        assertEquals("Το " + file + " είναι πολύ μικρό: η κεφαλίδα του υπόσχεται 100 εικόνες 4×4 (1616 bytes), αλλά το αρχείο"
                + " έχει 176 bytes.", e.in(Locale.forLanguageTag("el")));
        assertEquals(file + " is too short: its header promises 100 images of 4×4 (1616 bytes) but the file has 176 bytes.",
                e.in(Locale.ENGLISH), "English is the base");
    }

    @Test
    void headerCountsLargerThanTheGzipDataAreRefused() throws Exception {
        byte[] content = IdxFixtures.images(10, 4, 4);
        content[7] = 100;
        Path file = IdxFixtures.write(dir.resolve("h-images-idx3-ubyte.gz"), IdxFixtures.gzip(content));
        assertEquals(file + " is too short: its header promises 100 images of 4×4 but the data ends after 10 of them.",
                refusal(file));
    }

    @Test
    void anAbsurdHeaderIsRefusedBeforeAnyAllocation() throws Exception {
        byte[] content = IdxFixtures.images(1, 2, 2);
        content[4] = 0x7F;
        Path file = IdxFixtures.write(dir.resolve("big-images-idx3-ubyte.gz"), IdxFixtures.gzip(content));
        assertTrue(refusal(file).contains("more than 2 GB"));
    }

    @Test
    void labelCountNotMatchingImagesIsRefused() throws Exception {
        Path images = IdxFixtures.write(dir.resolve("m-images-idx3-ubyte"), IdxFixtures.images(10, 2, 2));
        Path labels = IdxFixtures.write(dir.resolve("m-labels-idx1-ubyte"), IdxFixtures.labels(9));
        assertEquals(labels + " has 9 labels but " + images + " has 10 images.", refusal(images));
    }

    @Test
    void zeroItemsAreRefused() throws Exception {
        Path file = IdxFixtures.write(dir.resolve("z-images-idx3-ubyte"), IdxFixtures.images(0, 28, 28));
        assertEquals(file + " holds no items: its header says the count is 0.", refusal(file));
    }

    @Test
    void aLabelsFileGivenAsImagesIsRefused() throws Exception {
        Path file = IdxFixtures.write(dir.resolve("train-labels-idx1-ubyte"), IdxFixtures.labels(5));
        assertEquals(file + " holds labels, not images: choose the matching images file (…-images-idx3-ubyte).", refusal(file));
    }

    @Test
    void anImagesFileWhereLabelsBelongIsRefused() throws Exception {
        Path images = IdxFixtures.write(dir.resolve("s-images-idx3-ubyte"), IdxFixtures.images(4, 2, 2));
        Path labels = IdxFixtures.write(dir.resolve("s-labels-idx1-ubyte"), IdxFixtures.images(4, 2, 2));
        assertEquals(labels + " holds images, not labels: choose the matching labels file (…-labels-idx1-ubyte).",
                refusal(images));
    }

    @Test
    void otherElementTypesAreRefusedByName() throws Exception {
        byte[] content = IdxFixtures.images(1, 2, 2);
        content[2] = 0x0D;
        Path file = IdxFixtures.write(dir.resolve("f-images-idx3-ubyte"), content);
        assertTrue(refusal(file).contains("type 0x0D"));
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path file = IdxFixtures.write(dir.resolve("e-images-idx3-ubyte"), new byte[0]);
        assertEquals(file + " is not an IDX file: it starts with nothing (the file is empty) instead of 00 00 08 03.", refusal(file));
    }

    @Test
    void aMissingPathIsRefused() {
        Path file = dir.resolve("nothing-here-images-idx3-ubyte.gz");
        assertEquals(file + " does not exist.", refusal(file));
    }

    @Test
    void aFolderWithoutIdxImagesWhereAFileIsExpectedIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("empty"));
        assertEquals(folder + " holds no IDX images file (…-images-idx3-ubyte or .gz).", refusal(folder));
    }

    @Test
    void anUnreadableFileIsRefused() throws Exception {
        Path file = IdxFixtures.write(dir.resolve("u-images-idx3-ubyte"), IdxFixtures.images(2, 2, 2));
        assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file),
                "permissions are not enforced for this user (root)");
        assertEquals(file + " cannot be read: permission denied.", refusal(file));
    }

    @Test
    void aFileWhoseReadFailsIsRefusedWithTheSystemReason() {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(mem));
        String message = refusal(mem);
        assertTrue(message.startsWith(mem + " could not be read: "), message);
    }

    @Test
    void theRealMnistTestSetLoadsWithItsLabels() {
        Path mnist = Path.of("../shared/datasets/mnist");
        assumeTrue(Files.isDirectory(mnist), "the shared MNIST test set is absent");
        IdxDataset set = IdxDataset.open(mnist, List.of());
        assertEquals(10_000, set.count());
        assertEquals(10, set.labelNames().size());
        assertEquals(7, set.label(0), "the first MNIST test digit is a 7");
        Batch batch = set.sample(256, new SplittableRandom(1));
        float max = 0;
        for (float v : batch.values()) {
            max = Math.max(max, v);
        }
        assertEquals(1f, max, 1e-6f);
    }
}
