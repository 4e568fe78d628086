package org.generativa.data.download;

import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;

/** A download that did not finish. The message is one sentence for the user; no partial or wrong file was kept. */
public final class DownloadException extends InvalidInputException {

    /** Why the download stopped. */
    public enum Reason {
        /** No server could be reached at all (no network, unknown host, connection refused). */
        UNREACHABLE,
        /** A server answered with an HTTP error status. */
        HTTP_ERROR,
        /** No bytes arrived for longer than the stall timeout. */
        STALLED,
        /** The connection closed before the whole file arrived. */
        INTERRUPTED,
        /** The file arrived but its checksum or size is not the catalog's. */
        CHECKSUM_MISMATCH,
        /** The cache folder could not be written. */
        LOCAL_IO,
        /** {@link DownloadJob#cancel()} was called. */
        CANCELLED
    }

    private final Reason reason;

    /** The sentence {@code key} of the errors bundles with {@code args}. */
    public DownloadException(Reason reason, Throwable cause, String key, Object... args) {
        super(Sentence.of(key, args), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public boolean isCancelled() {
        return reason == Reason.CANCELLED;
    }
}
