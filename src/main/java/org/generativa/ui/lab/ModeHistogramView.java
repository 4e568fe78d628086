package org.generativa.ui.lab;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.generativa.metrics.ModeCoverage;
import org.generativa.ui.widgets.CanvasPlot;

/**
 * Share of generated samples nearest to each true mode, one numbered bar per mode (the numbers of the canvas's
 * circles), with the fair share 1/K dashed.
 */
final class ModeHistogramView extends CanvasPlot {

    private static final double BARS_EM = 3.6;
    private final Text fontProbe = new Text();
    private ModeCoverage coverage;

    ModeHistogramView(BooleanProperty dark) {
        super(dark, false, "mode-histogram");
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        getChildren().add(fontProbe);
        setMinHeight(USE_COMPUTED_SIZE);
    }

    void show(ModeCoverage value) {
        coverage = value;
        draw();
    }

    private double em() {
        return fontProbe.getFont().getSize();
    }

    @Override
    protected double computePrefHeight(double width) {
        return (BARS_EM + 1.4) * em();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
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
        double labelHeight = 1.3 * em();
        double bars = h - labelHeight;
        double fair = 1.0 / k;
        double top = 3 * fair;
        for (int c : counts) {
            top = Math.max(top, (double) c / total);
        }
        double slot = w / k;
        double gap = Math.min(4, slot * 0.2);
        Color ink = dark() ? Color.web("#adbac7") : Color.web("#57606a");
        double size = Math.min(em() * 0.85, slot * 0.6);
        g.setFont(Font.font(fontProbe.getFont().getFamily(), size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int every = slot < size * 1.6 ? (int) Math.ceil(size * 1.6 / slot) : 1;
        for (int m = 0; m < k; m++) {
            double share = (double) counts[m] / total;
            double bar = (bars - 4) * share / top;
            g.setFill(counts[m] == 0 ? Color.web("#cf222e", 0.6) : ToyCanvas.GENERATED);
            double height = counts[m] == 0 ? 3 : Math.max(1, bar);
            g.fillRect(m * slot + gap / 2, bars - height, slot - gap, height);
            if (m % every == 0) {
                g.setFill(ink);
                g.fillText(Integer.toString(m + 1), (m + 0.5) * slot, bars + 2);
            }
        }
        double y = bars - (bars - 4) * fair / top;
        g.setStroke(dark() ? Color.web("#e6edf3", 0.8) : Color.web("#24292f", 0.7));
        g.setLineWidth(1.5);
        g.setLineDashes(5, 4);
        g.strokeLine(0, y, w, y);
        g.setLineDashes();
    }
}
