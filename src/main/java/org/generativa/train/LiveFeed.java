package org.generativa.train;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.generativa.preview.Preview;
import org.generativa.preview.Report;

/**
 * Immutable snapshots from the engine thread to a viewer. The engine publishes as fast as it
 * trains; a viewer drains at its own pace (a UI at up to 30 Hz). Only the newest preview and status
 * are kept; metric points queue up to a bound, the oldest dropped first if nobody drains.
 */
public final class LiveFeed {

    private static final int CAPACITY = 200_000;

    private final BlockingQueue<FeedItem> items = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicReference<Preview> preview = new AtomicReference<>();
    private final AtomicReference<SessionStatus> status = new AtomicReference<>();
    private final AtomicReference<Report> report = new AtomicReference<>();
    private final AtomicReference<Preview> sidePreview = new AtomicReference<>();

    void publish(FeedItem item) {
        while (!items.offer(item)) {
            items.poll();
        }
    }

    void publishPreview(Preview value) {
        preview.set(value);
    }

    void publishSidePreview(Preview value) {
        sidePreview.set(value);
    }

    /** The newest side preview not yet taken, or null. */
    private Preview takeSidePreview() {
        return sidePreview.getAndSet(null);
    }

    void publishReport(Report value) {
        report.set(value);
    }

    /** The newest report not yet taken, or null. */
    private Report takeReport() {
        return report.getAndSet(null);
    }

    void publishStatus(SessionStatus value) {
        status.set(value);
    }

    /** Moves all pending items into {@code sink} and returns how many. */
    public int drainTo(List<FeedItem> sink) {
        return items.drainTo(sink);
    }

    /** Takes everything published since the last call: what a viewer shows in one frame. */
    public FeedFrame takeFrame() {
        List<FeedItem> drained = new ArrayList<>();
        items.drainTo(drained);
        List<FeedItem.Restart> restarts = new ArrayList<>();
        List<MetricPoint> points = new ArrayList<>();
        for (FeedItem item : drained) {
            if (item instanceof FeedItem.Restart restart) {
                restarts.add(restart);
                points.clear();
            } else {
                points.add(((FeedItem.Point) item).point());
            }
        }
        return new FeedFrame(List.copyOf(restarts), points, takePreview(), takeSidePreview(), takeReport(), status());
    }

    /** The newest preview not yet taken, or null. */
    public Preview takePreview() {
        return preview.getAndSet(null);
    }

    public SessionStatus status() {
        return status.get();
    }
}
