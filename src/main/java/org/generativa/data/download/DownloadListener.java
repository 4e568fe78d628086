package org.generativa.data.download;

/**
 * Hears how a download goes. Calls come on the thread that runs the download, at most about 20
 * times a second per file; a UI should hand them to its own thread (for instance keep the latest
 * progress and show it on its next frame) and return at once.
 */
@FunctionalInterface
public interface DownloadListener {

    DownloadListener NONE = progress -> {};

    void onProgress(DownloadProgress progress);

    /** A sentence worth showing that is not an error, such as a switch to the mirror. */
    default void onNotice(String sentence) {}
}
