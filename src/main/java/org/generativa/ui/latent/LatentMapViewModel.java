package org.generativa.ui.latent;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.generativa.latent.LatentMap;
import org.generativa.latent.LatentMaps;
import org.generativa.latent.Pictures;
import org.generativa.preview.ImageGrid;

/**
 * The 2-D map: encoded held-out items (or prior samples for a generator) on the plane of the first two
 * dimensions or of the codes' first two principal components, with that plane decoded on a grid; a
 * clicked point is decoded on its own.
 */
public final class LatentMapViewModel {

    static final int MAP_ITEMS = 1_000;
    static final int GRID_SIDE = 12;

    private final LatentTabViewModel explorer;
    private final ObjectProperty<LatentMap> map = new SimpleObjectProperty<>();
    private final ObjectProperty<double[]> picked = new SimpleObjectProperty<>();
    private final ObjectProperty<ImageGrid> pickedPicture = new SimpleObjectProperty<>();
    private final ObjectProperty<double[]> drawn = new SimpleObjectProperty<>();
    private float[] drawnCode;

    LatentMapViewModel(LatentTabViewModel explorer) {
        this.explorer = explorer;
    }

    public ReadOnlyObjectProperty<LatentMap> mapProperty() {
        return map;
    }

    /** The clicked point (x, y) in map coordinates, or null. */
    ReadOnlyObjectProperty<double[]> pickedProperty() {
        return picked;
    }

    ReadOnlyObjectProperty<ImageGrid> pickedPictureProperty() {
        return pickedPicture;
    }

    /** Where the draw pad's last drawing lies on the map, or null. */
    public ReadOnlyObjectProperty<double[]> drawnProperty() {
        return drawn;
    }

    void compute() {
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.map", model -> LatentMaps.of(model, MAP_ITEMS, GRID_SIDE, cls), computed -> {
            map.set(computed);
            picked.set(null);
            pickedPicture.set(null);
            if (drawnCode != null) {
                mark(drawnCode);
            }
        });
    }

    /** Decodes the code that map point (x, y) stands for, and moves the sliders there. */
    void pick(double x, double y) {
        LatentMap current = map.get();
        LatentInfo info = explorer.infoProperty().get();
        if (current == null || info == null) {
            return;
        }
        float[] code = current.projection().toCode(x, y);
        picked.set(new double[] {x, y});
        explorer.setCode(code);
        if (!info.images()) {
            return;
        }
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.decoding", model -> Pictures.decode(model, code, 1, 1, cls), pickedPicture::set);
    }

    /** Marks a code (the draw pad's) on the map, now or when the map is drawn. */
    void mark(float[] code) {
        drawnCode = code;
        LatentMap current = map.get();
        if (current == null || code.length != current.projection().codeSize()) {
            drawn.set(null);
            return;
        }
        float[] point = current.projection().project(code, 1);
        drawn.set(new double[] {point[0], point[1]});
    }

    void unmark() {
        drawnCode = null;
        drawn.set(null);
    }

    /** Whether the map's points are encoded held-out items (an autoencoder) rather than prior samples (a generator). */
    boolean showsEncodedItems() {
        LatentInfo info = explorer.infoProperty().get();
        return info != null && info.hasEncoder();
    }

    void clear() {
        drawnCode = null;
        map.set(null);
        picked.set(null);
        pickedPicture.set(null);
        drawn.set(null);
    }
}
