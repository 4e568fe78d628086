package org.generativa.ui.latent;

import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.generativa.latent.LatentMap;
import org.generativa.ui.widgets.CanvasPlot;

/**
 * The codes of a latent map as dots coloured by class, on the same square as the map's decoded grid
 * (each grid cell centred on its code), with the clicked point and the draw pad's code marked.
 * Clicking reports the point in map coordinates.
 */
final class LatentScatter extends CanvasPlot {

    static final Color[] PALETTE = {
        Color.web("#1f77b4"), Color.web("#ff7f0e"), Color.web("#2ca02c"), Color.web("#d62728"), Color.web("#9467bd"),
        Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"), Color.web("#bcbd22"), Color.web("#17becf")
    };
    private static final Color UNLABELLED = Color.web("#6e7781");

    private LatentMap map;
    private double[] picked;
    private double[] drawn;
    private double side;

    LatentScatter(BooleanProperty dark, BiConsumer<Double, Double> onClick) {
        super(dark, true, "latent-scatter");
        setOnMouseClicked(e -> {
            if (map == null || side <= 0) {
                return;
            }
            double offset = (getWidth() - side) / 2;
            double top = (getHeight() - side) / 2;
            onClick.accept(toX(e.getX() - offset), toY(e.getY() - top));
        });
    }

    static Color colour(int label) {
        return label < 0 ? UNLABELLED : PALETTE[label % PALETTE.length];
    }

    void show(LatentMap value, double[] pickedPoint, double[] drawnPoint) {
        map = value;
        picked = pickedPoint;
        drawn = drawnPoint;
        draw();
    }

    private double halfCellX() {
        return (map.xMax() - map.xMin()) / (map.gridSide() - 1) / 2;
    }

    private double halfCellY() {
        return (map.yMax() - map.yMin()) / (map.gridSide() - 1) / 2;
    }

    private double toPixelX(double x) {
        return (x - map.xMin() + halfCellX()) / (map.xMax() - map.xMin() + 2 * halfCellX()) * side;
    }

    private double toPixelY(double y) {
        return (map.yMax() + halfCellY() - y) / (map.yMax() - map.yMin() + 2 * halfCellY()) * side;
    }

    private double toX(double px) {
        return map.xMin() - halfCellX() + px / side * (map.xMax() - map.xMin() + 2 * halfCellX());
    }

    private double toY(double py) {
        return map.yMax() + halfCellY() - py / side * (map.yMax() - map.yMin() + 2 * halfCellY());
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        side = w;
        if (map == null || !(map.xMax() > map.xMin()) || !(map.yMax() > map.yMin())) {
            return;
        }
        double r = Math.max(2.2, side / 200);
        float[] points = map.points();
        for (int i = 0; i < map.count(); i++) {
            g.setFill(colour(map.labels()[i]).deriveColor(0, 1, 1, 0.65));
            g.fillOval(toPixelX(points[2 * i]) - r, toPixelY(points[2 * i + 1]) - r, 2 * r, 2 * r);
        }
        Color ink = dark() ? Color.WHITE : Color.BLACK;
        if (picked != null) {
            double x = toPixelX(picked[0]);
            double y = toPixelY(picked[1]);
            g.setStroke(ink);
            g.setLineWidth(2);
            g.strokeLine(x - 9, y, x + 9, y);
            g.strokeLine(x, y - 9, x, y + 9);
        }
        if (drawn != null) {
            double x = toPixelX(drawn[0]);
            double y = toPixelY(drawn[1]);
            g.setStroke(ink);
            g.setLineWidth(3);
            g.strokeOval(x - 8, y - 8, 16, 16);
        }
    }
}
