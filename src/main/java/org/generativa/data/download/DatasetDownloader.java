package org.generativa.data.download;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Downloads datasets of a {@link DatasetCatalog} into a {@link DatasetCache}. Each download is a
 * {@link DownloadJob}: run it on a background thread, cancel it from any other.
 */
public final class DatasetDownloader {

    public static final Duration DEFAULT_STALL_TIMEOUT = Duration.ofSeconds(30);

    private final DatasetCache cache;
    private final Duration stallTimeout;
    private final HttpClient client;

    public DatasetDownloader(DatasetCache cache) {
        this(cache, DEFAULT_STALL_TIMEOUT);
    }

    /** A downloader into {@link DatasetCache#standard()} with the default stall timeout. */
    public static DatasetDownloader standard() {
        return new DatasetDownloader(DatasetCache.standard());
    }

    /** {@code stallTimeout}: how long a connection may go without sending a byte (also the connect timeout). */
    public DatasetDownloader(DatasetCache cache, Duration stallTimeout) {
        this(cache, stallTimeout, HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(stallTimeout)
                .build());
    }

    public DatasetDownloader(DatasetCache cache, Duration stallTimeout, HttpClient client) {
        if (stallTimeout.isNegative() || stallTimeout.isZero()) {
            throw new IllegalArgumentException("The stall timeout must be positive, not " + stallTimeout + ".");
        }
        this.cache = cache;
        this.stallTimeout = stallTimeout;
        this.client = client;
    }

    public DatasetCache cache() {
        return cache;
    }

    public Duration stallTimeout() {
        return stallTimeout;
    }

    /** A job that downloads {@code dataset} when run; keep it to cancel it. */
    public DownloadJob prepare(DownloadableDataset dataset, DownloadListener listener) {
        return new DownloadJob(dataset, cache, listener, client, stallTimeout);
    }

    /** Downloads {@code dataset} on this thread and returns the folder of its verified files. */
    public Path download(DownloadableDataset dataset, DownloadListener listener) {
        return prepare(dataset, listener).run();
    }
}
