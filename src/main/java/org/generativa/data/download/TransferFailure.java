package org.generativa.data.download;

import java.util.Locale;
import org.generativa.common.Sentence;

/** Why one attempt to fetch one file from one URL failed, as a clause ("URL answered HTTP 404"). */
final class TransferFailure extends Exception {

    private final DownloadException.Reason reason;
    private final Sentence clause;

    /** The clause {@code key} of the errors bundles with {@code args}. */
    TransferFailure(DownloadException.Reason reason, Throwable cause, String key, Object... args) {
        this(reason, Sentence.of(key, args), cause);
    }

    private TransferFailure(DownloadException.Reason reason, Sentence clause, Throwable cause) {
        super(clause.in(Locale.ROOT), cause, false, false);
        this.reason = reason;
        this.clause = clause;
    }

    DownloadException.Reason reason() {
        return reason;
    }

    /** The clause in English. */
    String clause() {
        return getMessage();
    }

    /** The clause, to be put in the user's language. */
    Sentence sentence() {
        return clause;
    }
}
