package org.generativa.ui.widgets;

import javafx.animation.AnimationTimer;

/** Drains a tab's feed at most 30 times a second; charts redraw every third frame (long line paths cost the most). */
public final class FramePump extends AnimationTimer {

    private static final long FRAME_NANOS = 33_000_000L;
    private static final int FRAMES_PER_CHART_UPDATE = 3;

    private final Runnable drain;
    private final Runnable redrawCharts;
    private long last;
    private int frame;

    public FramePump(Runnable drain, Runnable redrawCharts) {
        this.drain = drain;
        this.redrawCharts = redrawCharts;
    }

    @Override
    public void handle(long now) {
        if (now - last >= FRAME_NANOS) {
            last = now;
            drain.run();
            if (++frame % FRAMES_PER_CHART_UPDATE == 0) {
                redrawCharts.run();
            }
        }
    }
}
