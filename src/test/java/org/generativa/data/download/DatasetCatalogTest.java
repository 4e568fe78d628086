package org.generativa.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.generativa.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCatalogTest {

    private static final List<String> IDX_FILES = List.of(DatasetCatalog.TRAIN_IMAGES, DatasetCatalog.TRAIN_LABELS,
            DatasetCatalog.TEST_IMAGES, DatasetCatalog.TEST_LABELS);

    @TempDir
    Path dir;

    @Test
    void theStandardCatalogHasMnistFashionMnistAndKmnistWithFourIdxFilesEach() {
        DatasetCatalog catalog = DatasetCatalog.standard();
        assertEquals(List.of("mnist", "fashion-mnist", "kmnist"), catalog.entries().stream().map(DownloadableDataset::name).toList());
        Set<String> sums = new HashSet<>();
        for (DownloadableDataset d : catalog.entries()) {
            assertEquals(IDX_FILES, d.files().stream().map(DatasetFile::name).toList(), d.name());
            assertEquals(10, d.classNames().size(), d.name());
            assertEquals("1x28x28", d.shape());
            assertTrue(d.mirrorUrl() != null && !d.mirrorUrl().equals(d.canonicalUrl()), d.name());
            assertTrue(d.totalSize() > 10_000_000, d.name() + " sizes are known");
            assertTrue(!d.description().isEmpty() && !d.licence().isEmpty(), d.name());
            d.files().forEach(f -> sums.add(f.sha256()));
        }
        assertEquals(12, sums.size(), "every file has its own checksum");
    }

    @Test
    void catalogEntriesCarryTheFactsOfEachSet() {
        DownloadableDataset mnist = DatasetCatalog.standard().require("mnist");
        assertEquals(URI.create("http://yann.lecun.com/exdb/mnist/train-images-idx3-ubyte.gz"), mnist.canonicalUrl(mnist.files().get(0)));
        assertEquals(URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/t10k-labels-idx1-ubyte.gz"), mnist.mirrorUrl(mnist.files().get(3)));
        assertEquals("8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6", mnist.files().get(2).sha256());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), mnist.classNames());

        DownloadableDataset fashion = DatasetCatalog.standard().require("fashion-mnist");
        assertEquals("Ankle boot", fashion.classNames().get(9));
        assertEquals(URI.create("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/"), fashion.mirrorUrl());

        DownloadableDataset kmnist = DatasetCatalog.standard().require("kmnist");
        assertEquals(List.of("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"), kmnist.classNames());
        assertEquals("51467d22d8cc72929e2a028a0428f2086b092bb31cfb79c69cc0a90ce135fde4", kmnist.files().get(0).sha256());
    }

    @Test
    void requireNamesTheSetsThereAreWhenTheNameIsUnknown() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatasetCatalog.standard().require("emnist"));
        assertEquals("Unknown downloadable dataset 'emnist': choose one of mnist, fashion-mnist, kmnist.", e.getMessage());
        assertTrue(DatasetCatalog.standard().find("emnist").isEmpty());
    }

    @Test
    void aCatalogReadsFromJsonAndBaseUrlsGainATrailingSlash() throws Exception {
        Path json = dir.resolve("catalog.json");
        Map<String, Object> file = Map.of("name", DatasetCatalog.TEST_LABELS, "sha256", "AB".repeat(32));
        Map<String, Object> set = Map.of("name", "tiny", "canonicalUrl", "http://127.0.0.1:9/tiny", "files", List.of(file));
        new ObjectMapper().writeValue(json.toFile(), Map.of("datasets", List.of(set)));

        DownloadableDataset tiny = DatasetCatalog.read(json).require("tiny");

        assertEquals(URI.create("http://127.0.0.1:9/tiny/t10k-labels-idx1-ubyte.gz"), tiny.canonicalUrl(tiny.files().get(0)));
        assertNull(tiny.mirrorUrl(tiny.files().get(0)));
        assertEquals("ab".repeat(32), tiny.files().get(0).sha256());
        assertEquals(0, tiny.totalSize(), "size unknown");
    }

    @Test
    void aCatalogThatCannotBeReadIsOneClearError() throws Exception {
        Path json = Files.writeString(dir.resolve("bad.json"), "{\"datasets\": [{\"name\": \"../escape\"}]}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DatasetCatalog.read(json));
        assertTrue(e.getMessage().startsWith("Could not read the dataset catalog " + json), e.getMessage());
    }

    @Test
    void fileNamesAndChecksumsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("../x.gz", "ab".repeat(32)));
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("x.gz", "abc"));
        assertThrows(IllegalArgumentException.class, () -> new DatasetFile("x/y.gz", "ab".repeat(32)));
    }
}
