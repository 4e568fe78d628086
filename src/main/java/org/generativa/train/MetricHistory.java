package org.generativa.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The metric points of one run as a viewer keeps them, in bounded memory: once {@code capacity} points are held,
 * every second one goes, so a long run keeps its whole shape.
 */
public final class MetricHistory {

    /** Points a view keeps of one run: enough for its charts and for saving the run. */
    public static final int VIEW_CAPACITY = 200_000;

    private final int capacity;
    private final List<MetricPoint> points = new ArrayList<>();

    public MetricHistory(int capacity) {
        this.capacity = capacity;
    }

    public void addAll(List<MetricPoint> added) {
        points.addAll(added);
        if (points.size() > capacity) {
            List<MetricPoint> kept = new ArrayList<>(points.size() / 2 + 1);
            for (int i = 0; i < points.size(); i += 2) {
                kept.add(points.get(i));
            }
            points.clear();
            points.addAll(kept);
        }
    }

    public void clear() {
        points.clear();
    }

    /** The points kept, oldest first; a view, valid until the next change. */
    public List<MetricPoint> points() {
        return points;
    }
}
