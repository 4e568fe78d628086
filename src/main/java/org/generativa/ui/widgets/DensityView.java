package org.generativa.ui.widgets;

import javafx.beans.property.BooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.generativa.preview.Histogram;
import org.generativa.preview.ScalarSamples;

/** Densities of real and generated 1-D values as two overlaid histograms. */
public final class DensityView extends CanvasPlot {

    private static final int BINS = 80;

    private Histogram histogram;

    public DensityView(BooleanProperty dark) {
        super(dark, false, "density-view");
        // A live view narrow enough stacks its areas at their minimum heights: the plot keeps some height there.
        setMinHeight(140);
    }

    public void show(ScalarSamples samples) {
        histogram = Histogram.of(samples, BINS);
        draw();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        if (histogram == null) {
            return;
        }
        double top = 1e-9;
        for (int i = 0; i < BINS; i++) {
            top = Math.max(top, Math.max(histogram.real()[i], histogram.generated()[i]));
        }
        bars(g, histogram.real(), top, w, h, PointCloudView.REAL);
        bars(g, histogram.generated(), top, w, h, PointCloudView.GENERATED);
        g.setStroke(gridColor());
        g.strokeLine(0, h - 0.5, w, h - 0.5);
    }

    private static void bars(GraphicsContext g, double[] density, double top, double w, double h, Color color) {
        g.setFill(color.deriveColor(0, 1, 1, 0.6));
        double bin = w / density.length;
        for (int i = 0; i < density.length; i++) {
            double height = density[i] / top * (h - 8);
            g.fillRect(i * bin, h - height, Math.ceil(bin), height);
        }
    }
}
