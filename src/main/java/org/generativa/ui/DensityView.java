package org.generativa.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.generativa.train.Histogram;
import org.generativa.train.ScalarSamples;

/** Densities of real and generated 1-D values as two overlaid histograms. */
final class DensityView extends Region {

    private static final int BINS = 80;

    private final Canvas canvas = new Canvas();
    private final BooleanProperty dark;
    private Histogram histogram;

    DensityView(BooleanProperty dark) {
        this.dark = dark;
        getChildren().add(canvas);
        setMinSize(0, 0);
        dark.addListener((o, a, b) -> draw());
    }

    void show(ScalarSamples samples) {
        histogram = Histogram.of(samples, BINS);
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(dark.get() ? Color.web("#161b22") : Color.web("#fbfbfb"));
        g.fillRect(0, 0, w, h);
        if (histogram == null || w <= 0 || h <= 0) {
            return;
        }
        double top = 1e-9;
        for (int i = 0; i < BINS; i++) {
            top = Math.max(top, Math.max(histogram.real()[i], histogram.generated()[i]));
        }
        bars(g, histogram.real(), top, w, h, PointCloudView.REAL);
        bars(g, histogram.generated(), top, w, h, PointCloudView.GENERATED);
        g.setStroke(dark.get() ? Color.web("#30363d") : Color.web("#d0d7de"));
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
