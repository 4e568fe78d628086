package org.generativa.ui.lab;

import javafx.beans.property.BooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.generativa.metrics.ModeCoverage;
import org.generativa.ui.widgets.CanvasPlot;

/** Share of generated samples nearest to each true mode, one bar per mode, with the fair share 1/K dashed. */
final class ModeHistogramView extends CanvasPlot {

    private ModeCoverage coverage;

    ModeHistogramView(BooleanProperty dark) {
        super(dark, false, "mode-histogram");
        setPrefHeight(56);
        setMinHeight(40);
    }

    void show(ModeCoverage value) {
        coverage = value;
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return 56;
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (coverage == null) {
            return;
        }
        int[] counts = coverage.samplesPerMode();
        int k = counts.length;
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            return;
        }
        double fair = 1.0 / k;
        double top = Math.max(3 * fair, 0);
        for (int c : counts) {
            top = Math.max(top, (double) c / total);
        }
        double slot = w / k;
        double gap = Math.min(4, slot * 0.2);
        for (int m = 0; m < k; m++) {
            double share = (double) counts[m] / total;
            double bar = (h - 4) * share / top;
            g.setFill(counts[m] == 0 ? Color.web("#cf222e", 0.6) : ToyCanvas.GENERATED);
            double height = counts[m] == 0 ? 3 : Math.max(1, bar);
            g.fillRect(m * slot + gap / 2, h - height, slot - gap, height);
        }
        double y = h - (h - 4) * fair / top;
        g.setStroke(dark() ? Color.web("#e6edf3", 0.8) : Color.web("#24292f", 0.7));
        g.setLineWidth(1.5);
        g.setLineDashes(5, 4);
        g.strokeLine(0, y, w, y);
        g.setLineDashes();
    }
}
