package org.generativa.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.generativa.common.InvalidInputException;

/**
 * Grayscale images from IDX files (MNIST, Fashion-MNIST, KMNIST, EMNIST layouts), with labels from the
 * matching labels file when there is one beside the images.
 */
public final class IdxDataset extends ImageSet {

    private final String name;
    private final int rows;
    private final int cols;
    private final int count;
    private final byte[] pixels;
    private final byte[] labels;
    private final List<String> labelNames;

    private IdxDataset(String name, IdxArray images, byte[] labels, List<String> labelNames) {
        this.name = name;
        this.count = images.count();
        this.rows = images.dims()[1];
        this.cols = images.dims()[2];
        this.pixels = images.data();
        this.labels = labels;
        this.labelNames = labelNames;
    }

    /**
     * Opens an images file, or a folder holding one (a training file is preferred). Labels come from the
     * file named like the images with {@code labels-idx1} for {@code images-idx3}, when it exists.
     *
     * @param classNames names for labels 0, 1, ... when known (a catalog set); empty to use the numbers
     */
    public static IdxDataset open(Path path, List<String> classNames) {
        Path images = imagesFile(path);
        IdxArray data = IdxReader.read(images, 3);
        String fileName = images.getFileName().toString().toLowerCase(Locale.ROOT);
        if (fileName.contains("emnist")) {
            transposeEach(data);
        }
        Optional<Path> labelFile = labelsBeside(images);
        if (labelFile.isEmpty()) {
            return new IdxDataset(nameOf(images), data, null, List.of());
        }
        IdxArray labelData = IdxReader.read(labelFile.get(), 1);
        if (labelData.count() != data.count()) {
            throw InvalidInputException.of("idx.countMismatch", labelFile.get(), String.valueOf(labelData.count()), images,
                    String.valueOf(data.count()));
        }
        byte[] labels = labelData.data();
        int max = 0;
        for (byte label : labels) {
            max = Math.max(max, label & 0xFF);
        }
        return new IdxDataset(nameOf(images), data, labels, names(classNames, max + 1));
    }

    /** Whether {@code folder} holds an IDX images file (so it is opened as IDX rather than as an image folder). */
    public static boolean holdsIdxImages(Path folder) {
        return !idxImagesIn(folder).isEmpty();
    }

    /** {@code path} itself, or for a folder the IDX images file in it (a training file is preferred). */
    public static Path imagesFile(Path path) {
        return Files.isDirectory(path) ? findImagesIn(path) : path;
    }

    private static Path findImagesIn(Path folder) {
        DataFiles.requireReadableFolder(folder);
        List<Path> candidates = idxImagesIn(folder);
        if (candidates.isEmpty()) {
            throw InvalidInputException.of("idx.noImagesFile", folder);
        }
        return candidates.stream().filter(p -> p.getFileName().toString().contains("train")).findFirst()
                .orElse(candidates.get(0));
    }

    private static List<Path> idxImagesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().contains("images-idx3") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Path> labelsBeside(Path images) {
        String fileName = images.getFileName().toString();
        if (!fileName.contains("images-idx3")) {
            return Optional.empty();
        }
        String base = fileName.replace("images-idx3", "labels-idx1").replaceFirst("\\.gz$", "");
        for (String candidate : List.of(base + ".gz", base)) {
            Path path = images.resolveSibling(candidate);
            if (Files.isRegularFile(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** EMNIST stores each image transposed relative to MNIST. */
    private static void transposeEach(IdxArray data) {
        int rows = data.dims()[1];
        int cols = data.dims()[2];
        byte[] bytes = data.data();
        byte[] tmp = new byte[rows * cols];
        for (int n = 0; n < data.count(); n++) {
            int base = n * rows * cols;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    tmp[c * rows + r] = bytes[base + r * cols + c];
                }
            }
            System.arraycopy(tmp, 0, bytes, base, tmp.length);
        }
    }

    private static List<String> names(List<String> classNames, int classes) {
        if (classNames.size() >= classes) {
            return List.copyOf(classNames);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    private static String nameOf(Path images) {
        Path parent = images.toAbsolutePath().getParent();
        String file = images.getFileName().toString().replaceFirst("\\.gz$", "");
        return parent == null ? file : parent.getFileName() + "/" + file;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[] itemShape() {
        return new int[] {1, rows, cols};
    }

    @Override
    public List<String> labelNames() {
        return labelNames;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public void read(int index, float[] out, int offset) {
        int size = rows * cols;
        int base = index * size;
        for (int i = 0; i < size; i++) {
            out[offset + i] = (pixels[base + i] & 0xFF) / 255f;
        }
    }

    @Override
    public int label(int index) {
        return labels == null ? -1 : labels[index] & 0xFF;
    }
}
