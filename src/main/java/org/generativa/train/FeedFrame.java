package org.generativa.train;

import java.util.List;
import org.generativa.preview.Preview;
import org.generativa.preview.Report;

/**
 * What a session published since a viewer last looked, taken in one go ({@link LiveFeed#takeFrame}): the runs
 * that began meanwhile, in order, the metric points of the newest run, the newest previews and report (null
 * when there is none), and the status.
 *
 * @param points the points after the last restart (all of them when there was none)
 */
public record FeedFrame(List<FeedItem.Restart> restarts, List<MetricPoint> points, Preview preview, Preview sidePreview,
        Report report, SessionStatus status) {}
