package org.generativa.ui.widgets;

import javafx.beans.property.BooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.generativa.preview.PlotBounds;
import org.generativa.preview.PointCloud;

/** A square scatter plot of real and generated 2-D points. */
public final class PointCloudView extends CanvasPlot {

    static final Color REAL = Color.web("#2f7bd6");
    static final Color GENERATED = Color.web("#f08a1c");

    private PointCloud cloud;
    private long updates;

    public PointCloudView(BooleanProperty dark) {
        super(dark, true, "point-cloud");
        // A live view narrow enough stacks its areas at their minimum heights: the plot keeps some height there.
        setMinHeight(220);
    }

    public void show(PointCloud value) {
        cloud = value;
        updates++;
        draw();
    }

    long updates() {
        return updates;
    }

    @Override
    protected void paint(GraphicsContext g, double side, double unused) {
        if (cloud == null) {
            return;
        }
        PlotBounds bounds = PlotBounds.covering(cloud.real(), cloud.generated());
        g.setStroke(gridColor());
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
