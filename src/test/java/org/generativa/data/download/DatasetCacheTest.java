package org.generativa.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.generativa.common.AppPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCacheTest {

    @TempDir
    Path dir;

    @Test
    void theStandardCacheIsUnderTheGenerativaHomeUnlessAPropertyNamesAnother() {
        String before = System.getProperty(DatasetCache.ROOT_PROPERTY);
        try {
            System.clearProperty(DatasetCache.ROOT_PROPERTY);
            assertEquals(AppPaths.home().resolve("datasets").toAbsolutePath().normalize(), DatasetCache.standard().root());
            System.setProperty(DatasetCache.ROOT_PROPERTY, dir.toString());
            assertEquals(dir.toAbsolutePath(), DatasetCache.standard().root());
        } finally {
            if (before == null) {
                System.clearProperty(DatasetCache.ROOT_PROPERTY);
            } else {
                System.setProperty(DatasetCache.ROOT_PROPERTY, before);
            }
        }
    }

    @Test
    void eachSetHasItsOwnFolderAndIsCompleteOnlyWhenEveryFileMatches() throws Exception {
        FakeIdxSet files = FakeIdxSet.create(3, 2, 7);
        DownloadableDataset set = files.dataset("fake", java.net.URI.create("http://127.0.0.1:9/"), null, true);
        DatasetCache cache = new DatasetCache(dir);
        assertEquals(dir.resolve("fake"), cache.directory(set));
        assertFalse(cache.isComplete(set));
        assertTrue(cache.verifiedDirectory(set).isEmpty());
        assertEquals(set.files(), cache.missingFiles(set));

        Path folder = Files.createDirectories(cache.directory(set));
        for (DatasetFile f : set.files()) {
            Files.write(folder.resolve(f.name()), files.bytes(f.name()));
        }
        assertTrue(cache.isComplete(set));
        assertEquals(folder, cache.verifiedDirectory(set).orElseThrow());
        assertTrue(Files.isRegularFile(folder.resolve(DatasetCache.STAMP)), "verified files are recorded");

        Path labels = folder.resolve(DatasetCatalog.TRAIN_LABELS);
        Files.write(labels, new byte[files.bytes(DatasetCatalog.TRAIN_LABELS).length]);
        Files.setLastModifiedTime(labels, FileTime.fromMillis(Files.getLastModifiedTime(labels).toMillis() + 5000));
        assertEquals(List.of(set.files().get(1)), cache.missingFiles(set));
    }
}
