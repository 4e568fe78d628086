package org.generativa.data.download;

/** Why one attempt to fetch one file from one URL failed, as a clause ("URL answered HTTP 404"). */
final class TransferFailure extends Exception {

    private final DownloadException.Reason reason;

    TransferFailure(DownloadException.Reason reason, String clause, Throwable cause) {
        super(clause, cause, false, false);
        this.reason = reason;
    }

    TransferFailure(DownloadException.Reason reason, String clause) {
        this(reason, clause, null);
    }

    DownloadException.Reason reason() {
        return reason;
    }

    String clause() {
        return getMessage();
    }
}
