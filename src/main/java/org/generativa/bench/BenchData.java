package org.generativa.bench;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.data.IdxDataset;
import org.generativa.data.ImageSet;

/**
 * The images both sides of a benchmark train on, as one IDX file that Generativa and the PyTorch peer
 * read alike: the MNIST test set when it is there, otherwise the built-in digits written to a file.
 *
 * @param imagesFile an IDX images file, plain or gzip
 */
public record BenchData(Path imagesFile, DataSpec spec, ImageSet dataset) {

    /** Where the shared MNIST test set lies from a project checkout. */
    public static final Path MNIST = Path.of("..", "shared", "datasets", "mnist");
    /** Images written when MNIST is absent, as many as the MNIST test set. */
    static final int DIGITS_WRITTEN = 10_000;

    /** The benchmarks' data when none is named: the shared MNIST test set when it is there, else the built-in digits. */
    public static String defaultSource() {
        return Files.isDirectory(MNIST) && IdxDataset.holdsIdxImages(MNIST) ? MNIST.toString() : "digits";
    }

    /** {@code source}: an IDX file or a folder holding one, "digits", or null for {@link #defaultSource()}. */
    public static BenchData open(String source, Path scratch) {
        if (source == null) {
            source = defaultSource();
        }
        Path file;
        if (source.equals("digits")) {
            file = writeIdx((ImageSet) DatasetLoader.forRun(DataSpec.of("digits")), DIGITS_WRITTEN,
                    scratch.resolve("digits-images-idx3-ubyte"));
        } else {
            Path path = Path.of(source);
            if (!Files.exists(path)) {
                throw new InvalidInputException("There is no IDX file or folder " + source + ": give MNIST-style IDX images"
                        + " or 'digits'.");
            }
            file = IdxDataset.imagesFile(path);
        }
        DataSpec spec = DataSpec.of(file.toString());
        return new BenchData(file, spec, (ImageSet) DatasetLoader.forRun(spec));
    }

    /** The first {@code count} images of {@code set} (one channel) as an IDX images file, bytes = round(255 v). */
    static Path writeIdx(ImageSet set, int count, Path file) {
        int[] shape = set.itemShape();
        if (shape[0] != 1) {
            throw new IllegalArgumentException("IDX images are gray");
        }
        int n = Math.min(count, set.count());
        float[] item = new float[set.itemSize()];
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(0x00000803);
                out.writeInt(n);
                out.writeInt(shape[1]);
                out.writeInt(shape[2]);
                for (int i = 0; i < n; i++) {
                    set.read(i, item, 0);
                    for (float v : item) {
                        out.writeByte(Math.round(Math.max(0, Math.min(1, v)) * 255));
                    }
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("Cannot write " + file + ": " + e.getMessage());
        }
        return file;
    }
}
