package org.generativa.data.download;

import java.net.URI;

/**
 * Where a dataset download stands. {@code bytes} and {@code totalBytes} are for the current file
 * ({@code totalBytes} is -1 when the server sent no Content-Length and the catalog has no size);
 * {@code setFraction} is the share of the whole dataset done, from 0 to 1, and never decreases.
 */
public record DownloadProgress(String dataset, String file, int fileIndex, int fileCount, Stage stage,
        URI source, long bytes, long totalBytes, double setFraction) {

    /** What is happening to the current file. */
    public enum Stage {
        /** Already in the cache with the right checksum: not downloaded again. */
        SKIPPED,
        /** Bytes are arriving from {@code source}. */
        DOWNLOADING,
        /** Downloaded, checksum verified and moved into the cache. */
        VERIFIED
    }

    public boolean totalKnown() {
        return totalBytes >= 0;
    }

    /** Percent of the current file, 0 to 100, or -1 when its size is unknown. */
    public int filePercent() {
        if (stage != Stage.DOWNLOADING) {
            return 100;
        }
        return totalBytes > 0 ? (int) Math.min(100, bytes * 100 / totalBytes) : totalBytes == 0 ? 100 : -1;
    }

    /** Percent of the whole dataset, 0 to 100. */
    public int setPercent() {
        return (int) Math.floor(setFraction * 100 + 1e-9);
    }
}
