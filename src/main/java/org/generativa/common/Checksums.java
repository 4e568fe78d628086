package org.generativa.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file in a folder, kept in {@value #FILE} in the format {@code sha256sum} reads, so a weight
 * file cut short or changed on disk is refused by name instead of loading as garbage. Sealing forces each file to
 * disk first, so the list is written only over content that is already durable.
 */
public final class Checksums {

    public static final String FILE = "checksums.sha256";
    /** Bounds on a list read from disk: a checkpoint holds a handful of files. */
    private static final int MAX_ENTRIES = 64;
    private static final long MAX_LIST_BYTES = 16 * 1024;

    private Checksums() {}

    /** Forces the folder's files to disk and writes the list of their checksums, atomically. */
    public static void seal(Path folder) throws IOException {
        StringBuilder list = new StringBuilder();
        for (Path file : files(folder)) {
            AtomicFiles.forceFile(file);
            list.append(sha256(file)).append("  ").append(file.getFileName()).append('\n');
        }
        byte[] bytes = list.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve(FILE), out -> out.write(bytes));
    }

    /**
     * Checks every file the list names against its checksum. A folder without a list (saved before lists were kept)
     * passes; a list that is damaged, names a missing file or one whose content differs is refused in one sentence.
     */
    public static void verify(Path folder) {
        Path list = folder.resolve(FILE);
        if (!Files.exists(list)) {
            return;
        }
        for (Map.Entry<String, String> entry : read(list).entrySet()) {
            Path file = folder.resolve(entry.getKey());
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.of("checksum.missing", file, FILE);
            }
            String actual;
            try {
                actual = sha256(file);
            } catch (IOException e) {
                throw InvalidInputException.of(e, "file.unreadable", file, e.getMessage());
            }
            if (!actual.equals(entry.getValue())) {
                throw InvalidInputException.of("checksum.mismatch", file);
            }
        }
    }

    private static Map<String, String> read(Path list) {
        List<String> lines;
        try {
            if (Files.size(list) > MAX_LIST_BYTES) {
                throw InvalidInputException.of("checksum.damaged", list);
            }
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InvalidInputException.of(e, "file.unreadable", list, e.getMessage());
        }
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int gap = line.indexOf("  ");
            String name = gap < 0 ? "" : line.substring(gap + 2);
            String hex = gap < 0 ? "" : line.substring(0, gap);
            if (hex.length() != 64 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0) || name.isEmpty()
                    || name.contains("/") || name.contains("\\") || name.startsWith(".") || sums.size() >= MAX_ENTRIES) {
                throw InvalidInputException.of("checksum.damaged", list);
            }
            sums.put(name, hex.toLowerCase(Locale.ROOT));
        }
        return sums;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(FILE) && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
