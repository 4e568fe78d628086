package org.generativa.ui.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.generativa.data.Factor;
import org.generativa.latent.CodePool;
import org.generativa.latent.Concept;
import org.generativa.latent.ConceptArithmetic;
import org.generativa.latent.Pictures;
import org.generativa.preview.ImageGrid;
import org.generativa.ui.common.I18n;

/**
 * Latent arithmetic on concepts as Práctica 4 does it: A, B and C become mean codes of a few items each of
 * (attribute, not kept), (neither) and (kept, not attribute), and a measurement over many equations says how
 * often the result shows both, judged by the attribute classifier.
 */
final class ConceptsViewModel {

    /** Equations solved by a measurement. */
    static final int MEASURED = 20;
    static final int MAX_AVERAGE = 10;

    /** A yes-or-no factor of the data, by number. */
    record YesNo(String name, int factor) {

        @Override
        public String toString() {
            return shown(name);
        }
    }

    /** A known factor's or value's name in the chosen language where the bundles have it (the faces' ones), else as the data say it. */
    static String shown(String name) {
        return I18n.getOr("factor." + name, name);
    }

    private final LatentTabViewModel explorer;
    private final ArithmeticViewModel arithmetic;
    private final AttributePools pools;
    private final ObjectProperty<YesNo> added = new SimpleObjectProperty<>();
    private final ObjectProperty<YesNo> kept = new SimpleObjectProperty<>();
    private final IntegerProperty average = new SimpleIntegerProperty(3);
    private final StringProperty measurement = new SimpleStringProperty("");
    private long draws = 1;

    ConceptsViewModel(LatentTabViewModel explorer, ArithmeticViewModel arithmetic, AttributePools pools) {
        this.explorer = explorer;
        this.arithmetic = arithmetic;
        this.pools = pools;
    }

    ObjectProperty<YesNo> addedProperty() {
        return added;
    }

    ObjectProperty<YesNo> keptProperty() {
        return kept;
    }

    IntegerProperty averageProperty() {
        return average;
    }

    ReadOnlyStringProperty measurementProperty() {
        return measurement;
    }

    /** The data's yes-or-no factors, for images and a model without a class input; empty otherwise. */
    static List<YesNo> yesNoFactorsOf(LatentInfo info) {
        List<YesNo> list = new ArrayList<>();
        if (info == null || !info.images() || info.conditional()) {
            return list;
        }
        for (int f = 0; f < info.factors().size(); f++) {
            Factor factor = info.factors().get(f);
            if (factor.values().size() == 2) {
                list.add(new YesNo(factor.name(), f));
            }
        }
        return list.size() >= 2 ? list : List.of();
    }

    /** The deck's pair where the data have it (smile carried onto beard), else the first two. */
    static int[] defaultPair(List<YesNo> choices) {
        int smile = indexOf(choices, "smile");
        int beard = indexOf(choices, "beard");
        return smile >= 0 && beard >= 0 ? new int[] {smile, beard} : new int[] {0, 1};
    }

    private static int indexOf(List<YesNo> choices, String name) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The equation of the chosen pair, or null (and a sentence for the explorer) when the pair is not two attributes. */
    private ConceptArithmetic.Equation equation() {
        if (added.get() == null || kept.get() == null || added.get().factor() == kept.get().factor()) {
            explorer.report(I18n.get("latent.concepts.pickTwo"));
            return null;
        }
        return ConceptArithmetic.Equation.transfer(added.get().factor(), kept.get().factor());
    }

    /** Fills A, B and C with mean codes of freshly drawn items of their concepts; the equation then solves itself. */
    void fill() {
        ConceptArithmetic.Equation equation = equation();
        if (equation == null) {
            return;
        }
        int k = average.get();
        long seed = draws++;
        explorer.compute("latent.busy.concepts", model -> {
            CodePool pool = pools.pool(model);
            SplittableRandom random = new SplittableRandom(seed);
            List<Filled> filled = new ArrayList<>();
            for (Concept concept : List.of(equation.a(), equation.b(), equation.c())) {
                int[] rows = pool.matching(concept);
                ConceptArithmetic.requireEnough(pool, concept, rows.length, k);
                float[] mean = pool.meanOfDrawn(rows, k, random);
                filled.add(new Filled(mean, Pictures.decode(model, mean, 1, 1, -1),
                        I18n.format("latent.concepts.origin", k, concept.describe(pool.factors(), ConceptsViewModel::shown))));
            }
            return filled;
        }, filled -> {
            List<CodeSlot> slots = List.of(arithmetic.a(), arithmetic.b(), arithmetic.c());
            for (int i = 0; i < slots.size(); i++) {
                slots.get(i).fill(filled.get(i).code(), filled.get(i).picture(), filled.get(i).origin());
            }
        });
    }

    private record Filled(float[] code, ImageGrid picture, String origin) {}

    /** Solves {@value #MEASURED} equations on fresh means and says how many results the judge finds right. */
    void measure() {
        ConceptArithmetic.Equation equation = equation();
        if (equation == null) {
            return;
        }
        int k = average.get();
        long seed = draws++;
        String add = added.get().toString();
        String keep = kept.get().toString();
        explorer.compute("latent.busy.concepts", model -> {
            CodePool pool = pools.pool(model);
            ConceptArithmetic.Result r = ConceptArithmetic.run(model, pool, pools.judge(model), equation, k, MEASURED, seed);
            return I18n.format("latent.concepts.measured", r.hits(), r.triples(), add, keep, r.controlHits(), k,
                    I18n.get(pool.judged() ? "latent.concepts.fromJudged" : "latent.concepts.fromEncoded"));
        }, measurement::set);
    }

    void clear() {
        measurement.set("");
    }
}
