package org.generativa.ui.widgets;

import javafx.beans.property.BooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** A plot drawn on a canvas that fills its region (or the largest centred square of it), on a themed background. */
public abstract class CanvasPlot extends Region {

    private final Canvas canvas = new Canvas();
    private final BooleanProperty dark;
    private final boolean square;

    public CanvasPlot(BooleanProperty dark, boolean square, String styleClass) {
        this.dark = dark;
        this.square = square;
        getChildren().add(canvas);
        getStyleClass().add(styleClass);
        setMinSize(0, 0);
        dark.addListener((o, a, b) -> draw());
    }

    /** Paints the plot over the background; {@code w} and {@code h} are the canvas size. */
    protected abstract void paint(GraphicsContext g, double w, double h);

    protected final boolean dark() {
        return dark.get();
    }

    /** The colour the plot is painted on. */
    public final Color background() {
        return dark.get() ? Color.web("#161b22") : Color.web("#fbfbfb");
    }

    protected final Color gridColor() {
        return dark.get() ? Color.web("#30363d") : Color.web("#d0d7de");
    }

    protected final void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(background());
        g.fillRect(0, 0, w, h);
        if (w > 0 && h > 0) {
            paint(g, w, h);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (square) {
            w = Math.min(w, h);
            h = w;
        }
        canvas.setWidth(w);
        canvas.setHeight(h);
        canvas.relocate(Math.floor((getWidth() - w) / 2), Math.floor((getHeight() - h) / 2));
        draw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return square ? 480 : 320;
    }
}
