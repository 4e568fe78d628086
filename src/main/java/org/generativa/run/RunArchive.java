package org.generativa.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(runDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            for (Path path : files) {
                zip.putNextEntry(new ZipEntry(runDir.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Unpacks {@code file} into the empty folder {@code into} and returns its manifest; any problem is one sentence. */
    public static Manifest extract(Path file, Path into) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of("archive.noFile", file);
        }
        boolean manifestSeen = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            Files.createDirectories(into);
            Path root = into.toAbsolutePath().normalize();
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw InvalidInputException.of("archive.entryOutside", file, entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                copy(zip, target);
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

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
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
