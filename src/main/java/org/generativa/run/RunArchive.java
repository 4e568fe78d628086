package org.generativa.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.generativa.common.AtomicFiles;
import org.generativa.common.InvalidInputException;

/**
 * One file that holds a whole run, to hand in or pass on: a zip of the run folder (config.json, the weights in
 * checkpoint/, metrics.csv) with a manifest that names the format, the family and the step reached.
 */
public final class RunArchive {

    public static final String EXTENSION = "genrun";
    /** The newest format this version reads and the one it writes. */
    public static final int FORMAT = 1;
    static final String MANIFEST = "manifest.json";
    public static final String METRICS = "metrics.csv";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Bounds on unpacking a run file, whose entries come from anyone: a run is a handful of files and megabytes. */
    static final int MAX_ENTRIES = 1_000;
    static final long MAX_UNPACKED_BYTES = 2L << 30;
    private static final long SPARE_DISK_BYTES = 256L << 20;

    /** What the archive says about itself. */
    public record Manifest(int format, String family, long steps, String saved) {

        public static Manifest of(String family, long steps) {
            return new Manifest(FORMAT, family, steps, Instant.now().toString());
        }
    }

    private RunArchive() {}

    /** Whether {@code name} (a path or a command-line argument) names a run file. */
    public static boolean isRunFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("." + EXTENSION);
    }

    /** Zips {@code runDir} with {@code manifest} into {@code file}; the file appears whole or not at all. */
    public static void write(Path runDir, Manifest manifest, Path file) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(runDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            for (Path path : files) {
                zip.putNextEntry(new ZipEntry(runDir.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, zip);
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** Unpacks {@code file} into the empty folder {@code into} and returns its manifest; any problem is one sentence. */
    public static Manifest extract(Path file, Path into) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of("archive.noFile", file);
        }
        boolean manifestSeen = false;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            Files.createDirectories(into);
            Path root = into.toAbsolutePath().normalize();
            long free = Files.getFileStore(root).getUsableSpace() - SPARE_DISK_BYTES;
            UnpackBudget budget = free < MAX_UNPACKED_BYTES ? new UnpackBudget(free, "archive.noSpace", file, into)
                    : new UnpackBudget(MAX_UNPACKED_BYTES, "archive.tooLarge", file, MAX_UNPACKED_BYTES >> 30);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw InvalidInputException.of("archive.tooManyEntries", file, MAX_ENTRIES);
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw InvalidInputException.of("archive.entryOutside", file, entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                copy(zip, target, budget);
                manifestSeen |= entry.getName().equals(MANIFEST);
            }
        } catch (ZipException e) {
            throw InvalidInputException.of(e, "archive.notZip", file);
        } catch (IOException e) {
            throw InvalidInputException.of(e, "file.unreadable", file, e.getMessage());
        }
        if (!manifestSeen) {
            throw InvalidInputException.of("archive.noManifest", file, MANIFEST);
        }
        return readManifest(file, into.resolve(MANIFEST));
    }

    /** What unpacking may still write, and the sentence that refuses more: a zip's own sizes are not trusted. */
    private static final class UnpackBudget {
        private long left;
        private final String refusal;
        private final Object[] args;

        UnpackBudget(long bytes, String refusal, Object... args) {
            this.left = bytes;
            this.refusal = refusal;
            this.args = args;
        }

        void spend(int bytes) {
            left -= bytes;
            if (left < 0) {
                throw InvalidInputException.of(refusal, args);
            }
        }
    }

    private static void copy(InputStream in, Path target, UnpackBudget budget) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                budget.spend(n);
                out.write(buffer, 0, n);
            }
        }
    }

    private static Manifest readManifest(Path file, Path manifest) {
        JsonNode node;
        try {
            node = JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            throw InvalidInputException.of(e, "archive.damagedManifest", file, MANIFEST, e.getMessage());
        }
        int format = node.path("format").asInt(-1);
        if (format > FORMAT) {
            throw InvalidInputException.of("archive.newerFormat", file, String.valueOf(format), String.valueOf(FORMAT));
        }
        if (format < 1) {
            throw InvalidInputException.of("archive.noFormat", file, MANIFEST);
        }
        return new Manifest(format, node.path("family").asText(""), node.path("steps").asLong(0),
                node.path("saved").asText(""));
    }
}
