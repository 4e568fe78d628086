package org.generativa.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;

/**
 * Loads every PNG, JPEG, BMP and GIF under a folder (recursively). When all images sit in
 * sub-folders, the first-level sub-folder names become the labels. Files that cannot be decoded are
 * skipped and listed; a folder without a single usable image is an error.
 */
public final class ImageFolderLoader {

    public static final int MAX_IMAGES = 100_000;
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    private ImageFolderLoader() {}

    public static ImageFolderDataset load(Path folder, int side, ColorMode color, LoadProgress progress,
            BooleanSupplier cancelled) {
        DataFiles.requireReadableFolder(folder);
        List<Path> files = imageFiles(folder);
        if (files.isEmpty()) {
            throw InvalidInputException.of("folder.noImages", folder);
        }
        List<Path> used = files.size() > MAX_IMAGES ? files.subList(0, MAX_IMAGES) : files;
        boolean labelled = used.stream().allMatch(f -> folder.relativize(f).getNameCount() > 1);
        List<String> labelNames = labelled ? new ArrayList<>(new TreeSet<>(used.stream()
                .map(f -> folder.relativize(f).getName(0).toString()).toList())) : List.of();

        SquareImage[] decoded = new SquareImage[used.size()];
        Sentence[] problems = new Sentence[used.size()];
        AtomicLong done = new AtomicLong();
        IntStream.range(0, used.size()).parallel().forEach(i -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            try {
                decoded[i] = ImageDecoder.decode(used.get(i), side);
            } catch (UnusableImageException e) {
                problems[i] = e.reason();
            }
            progress.update(done.incrementAndGet(), used.size());
        });
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Loading " + folder + " was cancelled.");
        }
        List<SkippedFile> skipped = new ArrayList<>();
        int usable = 0;
        boolean allGray = true;
        for (int i = 0; i < decoded.length; i++) {
            if (decoded[i] == null) {
                skipped.add(new SkippedFile(used.get(i), problems[i]));
            } else {
                usable++;
                allGray &= decoded[i].gray();
            }
        }
        if (usable == 0) {
            throw InvalidInputException.of(used.size() == 1 ? "folder.noneReadableOne" : "folder.noneReadable", folder,
                    String.valueOf(used.size()), skipped.get(0).sentence());
        }
        int channels = color == ColorMode.GRAY || (color == ColorMode.AUTO && allGray) ? 1 : 3;
        byte[] pixels = new byte[usable * channels * side * side];
        int[] labels = new int[usable];
        int n = 0;
        for (int i = 0; i < decoded.length; i++) {
            if (decoded[i] != null) {
                pack(decoded[i], channels, side, pixels, n * channels * side * side);
                labels[n] = labelled ? labelNames.indexOf(folder.relativize(used.get(i)).getName(0).toString()) : -1;
                n++;
            }
        }
        String name = folder.toAbsolutePath().normalize().getFileName() + " (" + side + "×" + side + ")";
        return new ImageFolderDataset(name, side, channels, pixels, labels, labelNames, skipped, files.size());
    }

    private static List<Path> imageFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(ImageFolderLoader::hasImageExtension)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw InvalidInputException.of(e, "folder.unlisted", folder, e.getMessage());
        }
    }

    private static boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** RGB interleaved in, channels-first planes out; gray is the luminance. */
    private static void pack(SquareImage image, int channels, int side, byte[] out, int offset) {
        byte[] rgb = image.rgb();
        int plane = side * side;
        for (int p = 0; p < plane; p++) {
            int r = rgb[3 * p] & 0xFF;
            int g = rgb[3 * p + 1] & 0xFF;
            int b = rgb[3 * p + 2] & 0xFF;
            if (channels == 1) {
                out[offset + p] = (byte) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
            } else {
                out[offset + p] = (byte) r;
                out[offset + plane + p] = (byte) g;
                out[offset + 2 * plane + p] = (byte) b;
            }
        }
    }
}
