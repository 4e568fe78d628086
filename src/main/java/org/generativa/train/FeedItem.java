package org.generativa.train;

import java.util.List;

/** What flows through the metric stream: points, and a marker where a new run begins. */
public sealed interface FeedItem permits FeedItem.Point, FeedItem.Restart {

    /** A metric point of the current run. */
    record Point(MetricPoint point) implements FeedItem {}

    /**
     * Everything before this belongs to a previous run; the metric names of the new one and the step it starts
     * from (a reopened run's saved step, else 0).
     */
    record Restart(List<String> metricNames, long fromStep) implements FeedItem {}
}
