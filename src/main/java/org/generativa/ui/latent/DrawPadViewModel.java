package org.generativa.ui.latent;

import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.generativa.latent.Pictures;
import org.generativa.preview.ImageGrid;
import org.generativa.ui.common.I18n;

/**
 * The draw pad: a grayscale picture of the data's size painted with a soft round brush, encoded by the
 * model; its reconstruction is shown and its code marked on the map.
 */
public final class DrawPadViewModel {

    /** Brush radius in pixels of a 28-pixel image; scaled with the image side. */
    static final double BRUSH_RADIUS = 1.4;

    private final LatentTabViewModel explorer;
    private final ObjectProperty<float[]> pixels = new SimpleObjectProperty<>(new float[0]);
    private final ObjectProperty<ImageGrid> reconstruction = new SimpleObjectProperty<>();
    private int side;

    DrawPadViewModel(LatentTabViewModel explorer) {
        this.explorer = explorer;
    }

    /** The drawing, row by row, values in [0, 1]. */
    ReadOnlyObjectProperty<float[]> pixelsProperty() {
        return pixels;
    }

    public ReadOnlyObjectProperty<ImageGrid> reconstructionProperty() {
        return reconstruction;
    }

    int side() {
        return side;
    }

    /** A blank pad of the model's image size. */
    void prepare(int imageSide) {
        side = imageSide;
        pixels.set(new float[side * side]);
        reconstruction.set(null);
    }

    void clear() {
        prepare(side);
        explorer.map().unmark();
    }

    /** Paints a dab centred at (x, y) in image pixels: full ink inside the radius, fading over one more pixel. */
    void paint(double x, double y) {
        if (side == 0) {
            return;
        }
        float[] next = pixels.get().clone();
        double radius = BRUSH_RADIUS * side / 28.0;
        int from = (int) Math.floor(-radius - 1);
        int to = (int) Math.ceil(radius + 1);
        for (int dy = from; dy <= to; dy++) {
            for (int dx = from; dx <= to; dx++) {
                int px = (int) Math.floor(x) + dx;
                int py = (int) Math.floor(y) + dy;
                if (px < 0 || py < 0 || px >= side || py >= side) {
                    continue;
                }
                double distance = Math.hypot(px + 0.5 - x, py + 0.5 - y);
                double ink = Math.max(0, Math.min(1, radius + 1 - distance));
                int at = py * side + px;
                next[at] = (float) Math.max(next[at], ink);
            }
        }
        pixels.set(next);
    }

    /** Encodes the drawing, decodes its code, and marks it on the map. */
    void encode() {
        float[] drawing = pixels.get().clone();
        if (drawing.length == 0 || Arrays.equals(drawing, new float[drawing.length])) {
            explorer.report(I18n.get("latent.draw.empty"));
            return;
        }
        explorer.compute("latent.busy.encoding", model -> {
            float[] code = model.encode(drawing, 1);
            return new Encoded(code, Pictures.decode(model, code, 1, 1, -1));
        }, encoded -> {
            reconstruction.set(encoded.picture());
            explorer.map().mark(encoded.code());
            if (explorer.map().mapProperty().get() == null) {
                explorer.map().compute();
            }
            explorer.setCode(encoded.code());
        });
    }

    private record Encoded(float[] code, ImageGrid picture) {}
}
