package org.generativa.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.generativa.common.InvalidInputException;
import org.generativa.data.download.DatasetCache;
import org.generativa.data.download.DatasetCatalog;
import org.generativa.data.download.DownloadableDataset;

/**
 * Turns a {@link DataSpec} into a dataset: a built-in name, a downloaded set's name, or a path (an
 * IDX file, a folder of IDX files, or an image folder). File datasets are kept in memory after loading, so a reset or a second
 * run on the same files does not decode them again.
 */
public final class DatasetLoader {

    private static final int REMEMBERED = 3;
    private static final Map<String, Dataset> LOADED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Dataset> eldest) {
            return size() > REMEMBERED;
        }
    };

    private final DatasetCatalog catalog;
    private final DatasetCache cache;

    public DatasetLoader(DatasetCatalog catalog, DatasetCache cache) {
        this.catalog = catalog;
        this.cache = cache;
    }

    /** Downloadable sets from the standard catalog, in the standard cache. */
    public static DatasetLoader standard() {
        return new DatasetLoader(DatasetCatalog.standard(), DatasetCache.standard());
    }

    /**
     * The seed generated sets are drawn with when a run opens them. It is fixed, not the run's seed, so
     * that "digits" is one dataset (like MNIST) whatever a run's seed: results compare across seeds,
     * and its reference classifier is trained once.
     */
    public static final long DATASET_SEED = 0;

    public static Dataset open(DataSpec spec, long seed) {
        return standard().open(spec, seed, LoadProgress.NONE, () -> false);
    }

    /** The dataset a run trains on, drawn with {@link #DATASET_SEED}. */
    public static Dataset forRun(DataSpec spec) {
        return open(spec, DATASET_SEED);
    }

    /** Whether {@code source} can be opened here: built in, downloaded and verified, or a file or folder that exists. */
    public boolean has(String source) {
        if (BuiltInDatasets.has(source)) {
            return true;
        }
        Optional<DownloadableDataset> downloadable = catalog.find(source);
        return downloadable.isPresent() ? cache.isComplete(downloadable.get()) : Files.exists(Path.of(source));
    }

    public Dataset open(DataSpec spec, long seed, LoadProgress progress, BooleanSupplier cancelled) {
        String source = spec.source();
        for (BuiltInDatasets.Entry entry : BuiltInDatasets.entries()) {
            if (entry.name().equals(source)) {
                return entry.factory().apply(seed);
            }
        }
        Optional<DownloadableDataset> downloadable = catalog.find(source);
        if (downloadable.isPresent()) {
            DownloadableDataset entry = downloadable.get();
            Path folder = cache.verifiedDirectory(entry).orElseThrow(
                    () -> InvalidInputException.of("dataset.notDownloaded", entry.title(), entry.name()));
            return remembered(spec, folder, () -> IdxDataset.open(folder, entry.classNames()));
        }
        Path path = Path.of(source);
        if (!Files.exists(path)) {
            throw InvalidInputException.of("dataset.unknownSource", source,
                    String.join(", ", BuiltInDatasets.names()));
        }
        return remembered(spec, path, () -> Files.isDirectory(path) && !IdxDataset.holdsIdxImages(path)
                ? ImageFolderLoader.load(path, spec.imageSize(), spec.color(), progress, cancelled)
                : IdxDataset.open(path, List.of()));
    }

    private static Dataset remembered(DataSpec spec, Path path, Supplier<Dataset> load) {
        String key = path.toAbsolutePath().normalize() + "|" + spec.imageSize() + "|" + spec.color() + "|" + modified(path);
        synchronized (LOADED) {
            Dataset known = LOADED.get(key);
            if (known != null) {
                return known;
            }
        }
        Dataset loaded = load.get();
        synchronized (LOADED) {
            LOADED.put(key, loaded);
        }
        return loaded;
    }

    private static String modified(Path path) {
        try {
            FileTime time = Files.getLastModifiedTime(path);
            return time.toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
