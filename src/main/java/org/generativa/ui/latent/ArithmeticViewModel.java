package org.generativa.ui.latent;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.generativa.data.Factor;
import org.generativa.family.LatentModel;
import org.generativa.latent.AttributeVector;
import org.generativa.latent.AttributeVectors;
import org.generativa.latent.LatentMath;
import org.generativa.latent.Pictures;
import org.generativa.preview.ImageGrid;
import org.generativa.ui.common.I18n;

/**
 * Latent arithmetic: A - B + C decoded, and an attribute vector (mean code with an attribute minus mean
 * code without it) added to A with a strength.
 */
final class ArithmeticViewModel {

    /** Held-out items encoded to measure an attribute vector. */
    static final int ATTRIBUTE_ITEMS = 1_000;

    /** An attribute to measure: a class of the data, or one value of a known factor. */
    record Attribute(String name, int label, int factor, int value) {

        /** From encoded held-out items with an encoder, else from the model's samples sorted by the attribute judge. */
        AttributeVector measure(LatentModel model, AttributePools pools) {
            if (!model.hasEncoder()) {
                return pools.pool(model).vector(factor, value);
            }
            return label >= 0 ? AttributeVectors.ofLabel(model, label, ATTRIBUTE_ITEMS)
                    : AttributeVectors.ofFactor(model, factor, value, ATTRIBUTE_ITEMS);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final LatentTabViewModel explorer;
    private final CodeSlot a;
    private final CodeSlot b;
    private final CodeSlot c;
    private final ObjectProperty<ImageGrid> result = new SimpleObjectProperty<>();
    private final ObjectProperty<Attribute> attribute = new SimpleObjectProperty<>();
    private final DoubleProperty strength = new SimpleDoubleProperty(1);
    private final ObjectProperty<ImageGrid> attributeResult = new SimpleObjectProperty<>();
    private final ObjectProperty<String> attributeCounts = new SimpleObjectProperty<>();
    private final AttributePools pools = new AttributePools();
    private final ConceptsViewModel concepts;
    private AttributeVector measured;

    ArithmeticViewModel(LatentTabViewModel explorer) {
        this.explorer = explorer;
        this.concepts = new ConceptsViewModel(explorer, this, pools);
        this.a = new CodeSlot(explorer, 21);
        this.b = new CodeSlot(explorer, 22);
        this.c = new CodeSlot(explorer, 23);
        for (CodeSlot slot : List.of(a, b, c)) {
            slot.codeProperty().addListener((o, x, y) -> {
                if (a.code() != null && b.code() != null && c.code() != null) {
                    computeEquation();
                }
            });
        }
        a.codeProperty().addListener((o, x, y) -> {
            if (y != null) {
                applyAttribute();
            }
        });
    }

    ConceptsViewModel concepts() {
        return concepts;
    }

    CodeSlot a() {
        return a;
    }

    CodeSlot b() {
        return b;
    }

    CodeSlot c() {
        return c;
    }

    ReadOnlyObjectProperty<ImageGrid> resultProperty() {
        return result;
    }

    ObjectProperty<Attribute> attributeProperty() {
        return attribute;
    }

    DoubleProperty strengthProperty() {
        return strength;
    }

    ReadOnlyObjectProperty<ImageGrid> attributeResultProperty() {
        return attributeResult;
    }

    /** "n items with, m without" of the measured vector, or null. */
    ReadOnlyObjectProperty<String> attributeCountsProperty() {
        return attributeCounts;
    }

    /**
     * The attributes the model's data offer: with an encoder its classes and the values of its known factors; for a
     * generator of images (no class input) the factor values, which the attribute judge finds in its samples.
     */
    static List<Attribute> attributesOf(LatentInfo info) {
        List<Attribute> list = new ArrayList<>();
        boolean judged = info != null && !info.hasEncoder() && info.images() && !info.conditional();
        if (info == null || !info.hasEncoder() && !judged) {
            return list;
        }
        for (int label = 0; label < info.labelNames().size() && !judged; label++) {
            list.add(new Attribute(info.labelNames().get(label), label, -1, -1));
        }
        for (int f = 0; f < info.factors().size(); f++) {
            Factor factor = info.factors().get(f);
            if (f == 0 && !judged && !info.labelNames().isEmpty() && factor.values().equals(info.labelNames())) {
                continue;
            }
            for (int v = 0; v < factor.values().size(); v++) {
                String name = ConceptsViewModel.shown(factor.name()) + ": " + ConceptsViewModel.shown(factor.values().get(v));
                list.add(new Attribute(name, -1, f, v));
            }
        }
        return list;
    }

    /** Gives empty slots a first equation (held-out images, or samples). */
    void prefill() {
        a.prefill(2);
        b.prefill(3);
        c.prefill(4);
    }

    void computeEquation() {
        if (a.code() == null || b.code() == null || c.code() == null) {
            explorer.report(I18n.get("latent.arithmetic.pickAll"));
            return;
        }
        float[] code = LatentMath.arithmetic(a.code(), b.code(), c.code());
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.decoding", model -> Pictures.decode(model, code, 1, 1, cls), result::set);
    }

    /** Measures the chosen attribute's vector on held-out items, then applies it. */
    void measureAttribute() {
        Attribute chosen = attribute.get();
        if (chosen == null) {
            return;
        }
        explorer.compute("latent.busy.attribute", model -> chosen.measure(model, pools), vector -> {
            measured = vector;
            attributeCounts.set(I18n.format("latent.attribute.counts", vector.withCount(), vector.withoutCount()));
            applyAttribute();
        });
    }

    /** A + strength x attribute vector, decoded. */
    void applyAttribute() {
        if (measured == null) {
            return;
        }
        if (a.code() == null) {
            explorer.report(I18n.get("latent.attribute.pickA"));
            return;
        }
        float[] code = measured.applyTo(a.code(), strength.get());
        int cls = explorer.classForModel();
        explorer.compute("latent.busy.decoding", model -> Pictures.decode(model, code, 1, 1, cls), attributeResult::set);
    }

    void clear() {
        a.clear();
        b.clear();
        c.clear();
        result.set(null);
        attributeResult.set(null);
        attributeCounts.set(null);
        measured = null;
        concepts.clear();
    }
}
