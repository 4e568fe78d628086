package org.generativa.ui.latent;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.generativa.latent.LatentExports;
import org.generativa.latent.Traversal;
import org.generativa.preview.ImageGrid;

/** The traversal grid: the most informative dimensions as rows, each swept from -3 to +3 sigma around the sliders' code. */
public final class TraversalViewModel {

    private final LatentTabViewModel explorer;
    private final IntegerProperty rows = new SimpleIntegerProperty(8);
    private final IntegerProperty steps = new SimpleIntegerProperty(9);
    private final ObjectProperty<ImageGrid> grid = new SimpleObjectProperty<>();

    TraversalViewModel(LatentTabViewModel explorer) {
        this.explorer = explorer;
    }

    IntegerProperty rowsProperty() {
        return rows;
    }

    IntegerProperty stepsProperty() {
        return steps;
    }

    public ReadOnlyObjectProperty<ImageGrid> gridProperty() {
        return grid;
    }

    void compute() {
        LatentInfo info = explorer.infoProperty().get();
        if (info == null || !info.images()) {
            return;
        }
        float[] base = explorer.codeProperty().get().clone();
        int rowCount = Math.min(rows.get(), info.latentSize());
        int stepCount = steps.get();
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.traversal",
                model -> Traversal.grid(model, base, rowCount, stepCount, info.spread(), cls).grid(), grid::set);
    }

    void exportPng(Path file) throws IOException {
        LatentExports.writePng(grid.get(), file, LatentExports.DEFAULT_SCALE);
    }

    /** Forgets the grid (another model is shown). */
    void clear() {
        grid.set(null);
    }
}
