package org.generativa.data.download;

/** A cancel flag plus the one action that aborts whatever the download is blocked on right now. */
final class Cancellation {

    private volatile boolean cancelled;
    private Runnable abort;

    void cancel() {
        Runnable current;
        synchronized (this) {
            cancelled = true;
            current = abort;
            abort = null;
        }
        if (current != null) {
            current.run();
        }
    }

    boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} when cancelled, at once if that has already happened. */
    void onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                abort = action;
                return;
            }
        }
        action.run();
    }

    synchronized void clear() {
        abort = null;
    }
}
