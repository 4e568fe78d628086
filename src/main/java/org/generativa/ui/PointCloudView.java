package org.generativa.ui;

import javafx.beans.property.BooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.generativa.train.PlotBounds;
import org.generativa.train.PointCloud;

/** A square scatter plot of real and generated 2-D points, drawn on a canvas for speed. */
final class PointCloudView extends Region {

    static final Color REAL = Color.web("#2f7bd6");
    static final Color GENERATED = Color.web("#f08a1c");

    private final Canvas canvas = new Canvas();
    private final BooleanProperty dark;
    private PointCloud cloud;
    private long updates;

    PointCloudView(BooleanProperty dark) {
        this.dark = dark;
        getChildren().add(canvas);
        getStyleClass().add("point-cloud");
        setMinSize(0, 0);
        dark.addListener((o, a, b) -> draw());
    }

    void show(PointCloud value) {
        cloud = value;
        updates++;
        draw();
    }

    long updates() {
        return updates;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.floor(Math.min(getWidth(), getHeight()));
        canvas.setWidth(side);
        canvas.setHeight(side);
        canvas.relocate(Math.floor((getWidth() - side) / 2), Math.floor((getHeight() - side) / 2));
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    private void draw() {
        double side = canvas.getWidth();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(dark.get() ? Color.web("#161b22") : Color.web("#fbfbfb"));
        g.fillRect(0, 0, side, side);
        if (cloud == null || side <= 0) {
            return;
        }
        PlotBounds bounds = PlotBounds.covering(cloud.real(), cloud.generated());
        g.setStroke(dark.get() ? Color.web("#30363d") : Color.web("#d0d7de"));
        g.setLineWidth(1);
        double ox = Math.round(bounds.toPixelX(0, side)) + 0.5;
        double oy = Math.round(bounds.toPixelY(0, side)) + 0.5;
        g.strokeLine(0, oy, side, oy);
        g.strokeLine(ox, 0, ox, side);
        double radius = Math.max(2.5, side / 180);
        dots(g, cloud.real(), bounds, side, REAL, radius);
        dots(g, cloud.generated(), bounds, side, GENERATED, radius);
    }

    private static void dots(GraphicsContext g, float[] xy, PlotBounds bounds, double side, Color color, double r) {
        g.setFill(color.deriveColor(0, 1, 1, 0.7));
        for (int i = 0; i + 1 < xy.length; i += 2) {
            double x = bounds.toPixelX(xy[i], side);
            double y = bounds.toPixelY(xy[i + 1], side);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
    }
}
