package org.generativa.ui.family;

import java.util.List;
import javafx.beans.value.ObservableValue;
import org.generativa.preview.Preview;
import org.generativa.train.MetricPoint;
import org.generativa.train.RecordedMetrics;
import org.generativa.ui.common.Presentation;

/** A family tab's live view: what the frame pump hands it, and the newest samples it shows. */
public interface FamilyLiveView {

    /** A new run began: its charts start empty with these metrics. */
    void restarted(List<String> metricNames);

    /** Points to add to the charts; drawn at the next {@link #flushCharts}. */
    void metrics(List<MetricPoint> points);

    /** Draws the points added since the last frame. */
    void flushCharts();

    void preview(Preview preview);

    /** A second view beside the main one (a VAE's samples from the prior, say). */
    default void sidePreview(Preview preview) {
    }

    /** Draws a kept run dashed under the live curves; null draws none. */
    void showPinned(RecordedMetrics run);

    /** The main picture lent to presentation mode, with {@code numbers} above it. */
    Presentation presentation(ObservableValue<String> numbers);

    /** The newest samples shown, or null before the first. */
    Preview lastPreview();
}
