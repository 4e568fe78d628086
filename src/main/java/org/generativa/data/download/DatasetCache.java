package org.generativa.data.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.generativa.common.AppPaths;
import org.generativa.common.AtomicFiles;

/**
 * Where downloaded datasets are kept: one folder per dataset under a root, by default
 * {@code <generativa home>/datasets}, or the folder named by the system property
 * {@value #ROOT_PROPERTY}.
 *
 * <p>A file counts as verified when its SHA-256 matches the catalog. Hashing a large file takes a
 * moment, so each folder keeps a small record ({@value #STAMP}) of the files already verified,
 * with their size and modification time; a file that changes is hashed again.
 */
public final class DatasetCache {

    public static final String ROOT_PROPERTY = "generativa.datasets";
    static final String STAMP = ".verified";

    private static final Object STAMP_LOCK = new Object();

    private final Path root;

    public DatasetCache(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The cache at {@code -Dgenerativa.datasets}, else {@code <generativa home>/datasets}. */
    public static DatasetCache standard() {
        String configured = System.getProperty(ROOT_PROPERTY);
        return new DatasetCache(configured != null && !configured.isBlank()
                ? Path.of(configured)
                : AppPaths.home().resolve("datasets"));
    }

    public Path root() {
        return root;
    }

    /** The folder that holds (or will hold) the files of {@code dataset}. */
    public Path directory(DownloadableDataset dataset) {
        return root.resolve(dataset.name());
    }

    /** True when every file of {@code dataset} is in its folder and matches its checksum. */
    public boolean isComplete(DownloadableDataset dataset) {
        return missingFiles(dataset).isEmpty();
    }

    /** The folder of {@code dataset} when all its files are there and verified, else empty. */
    public Optional<Path> verifiedDirectory(DownloadableDataset dataset) {
        return isComplete(dataset) ? Optional.of(directory(dataset)) : Optional.empty();
    }

    /** The files of {@code dataset} that are absent or do not match their checksum. */
    public List<DatasetFile> missingFiles(DownloadableDataset dataset) {
        return dataset.files().stream().filter(f -> !isVerified(dataset, f)).toList();
    }

    /** True when {@code file} is in the folder of {@code dataset} and matches its checksum (hashing it if need be). */
    public boolean isVerified(DownloadableDataset dataset, DatasetFile file) {
        Path path = directory(dataset).resolve(file.name());
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile() || (file.sizeKnown() && attributes.size() != file.size())) {
                return false;
            }
            if (stampOf(attributes, file).equals(readStamps(dataset).getProperty(file.name()))) {
                return true;
            }
            if (!Sha256.of(path).equals(file.sha256())) {
                return false;
            }
            recordVerified(dataset, file);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not check " + path + ": " + e.getMessage(), e);
        }
    }

    /** Notes that {@code file}, as it is now in the folder, has been hashed and matches the catalog. */
    void recordVerified(DownloadableDataset dataset, DatasetFile file) throws IOException {
        Path path = directory(dataset).resolve(file.name());
        String stamp = stampOf(Files.readAttributes(path, BasicFileAttributes.class), file);
        synchronized (STAMP_LOCK) {
            Properties stamps = readStamps(dataset);
            stamps.setProperty(file.name(), stamp);
            AtomicFiles.write(directory(dataset).resolve(STAMP),
                    out -> stamps.store(out, "Files whose SHA-256 Generativa has checked: sha256 size modified-millis"));
        }
    }

    private Properties readStamps(DownloadableDataset dataset) throws IOException {
        Properties stamps = new Properties();
        try (InputStream in = Files.newInputStream(directory(dataset).resolve(STAMP))) {
            stamps.load(in);
        } catch (NoSuchFileException e) {
            // nothing verified yet
        }
        return stamps;
    }

    private static String stampOf(BasicFileAttributes attributes, DatasetFile file) {
        return file.sha256() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
    }

    /** Forces {@code source} to disk, then renames it onto {@code target}: a crash leaves the old file or the whole new one. */
    static void moveIntoPlace(Path source, Path target) throws IOException {
        AtomicFiles.forceFile(source);
        AtomicFiles.rename(source, target);
    }
}
