package org.generativa.ui.latent;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.generativa.data.DataKind;
import org.generativa.data.HeldOutItems;
import org.generativa.latent.LatentMath;
import org.generativa.latent.Pictures;
import org.generativa.preview.ImageGrid;
import org.generativa.ui.common.I18n;

/**
 * One picked code (an operand of an interpolation or of latent arithmetic): from a prior sample, from
 * encoding a dataset image, or copied from the sliders; with its decoded picture and where it came from.
 */
final class CodeSlot {

    private final LatentTabViewModel explorer;
    private final ObjectProperty<float[]> code = new SimpleObjectProperty<>();
    private final ObjectProperty<ImageGrid> picture = new SimpleObjectProperty<>();
    private final StringProperty origin = new SimpleStringProperty(I18n.get("latent.slot.empty"));
    private long seed;

    CodeSlot(LatentTabViewModel explorer, long firstSeed) {
        this.explorer = explorer;
        this.seed = firstSeed;
    }

    ReadOnlyObjectProperty<float[]> codeProperty() {
        return code;
    }

    ReadOnlyObjectProperty<ImageGrid> pictureProperty() {
        return picture;
    }

    ReadOnlyStringProperty originProperty() {
        return origin;
    }

    float[] code() {
        return code.get();
    }

    void sample() {
        long drawn = seed;
        seed += 1_000;
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.sampling", model -> {
            float[] fresh = model.samplePrior(1, drawn);
            return new Picked(fresh, Pictures.decode(model, fresh, 1, 1, cls));
        }, picked -> set(picked, I18n.format("latent.slot.sample", drawn)));
    }

    void encode(int index) {
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.encoding", model -> {
            float[] encoded = model.encode(LatentTabViewModel.item(model, index), 1);
            return new Picked(encoded, Pictures.decode(model, encoded, 1, 1, cls));
        }, picked -> set(picked, I18n.format("latent.slot.item", index)));
    }

    /**
     * Fills an empty slot with something to look at: the {@code k}-th held-out image, encoded, for a model
     * with an encoder; a prior sample otherwise.
     */
    void prefill(int k) {
        if (code.get() != null) {
            return;
        }
        long drawn = seed;
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.encoding", model -> {
            boolean encode = model.hasEncoder() && model.dataset().kind() == DataKind.IMAGES;
            HeldOutItems items = encode ? model.heldOutItems(k + 1) : null;
            float[] picked = encode ? model.encode(LatentMath.row(items.items(), k, items.itemSize()), 1)
                    : model.samplePrior(1, drawn);
            String from = encode ? I18n.format("latent.slot.item", items.indices()[k]) : I18n.format("latent.slot.sample", drawn);
            return new Prefilled(new Picked(picked, Pictures.decode(model, picked, 1, 1, cls)), from);
        }, prefilled -> {
            if (code.get() == null) {
                set(prefilled.picked(), prefilled.origin());
            }
        });
    }

    private record Prefilled(Picked picked, String origin) {}

    void fromSliders() {
        float[] current = explorer.codeProperty().get().clone();
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.decoding", model -> new Picked(current, Pictures.decode(model, current, 1, 1, cls)),
                picked -> set(picked, I18n.get("latent.slot.sliders")));
    }

    /** Takes a code computed elsewhere (a concept's mean code), with its picture and a sentence saying what it is. */
    void fill(float[] value, ImageGrid decoded, String from) {
        set(new Picked(value, decoded), from);
    }

    /** Forgets the code (the model changed, and its codes may not fit). */
    void clear() {
        code.set(null);
        picture.set(null);
        origin.set(I18n.get("latent.slot.empty"));
    }

    private void set(Picked picked, String from) {
        code.set(picked.code());
        picture.set(picked.picture());
        origin.set(from);
    }

    private record Picked(float[] code, ImageGrid picture) {}
}
