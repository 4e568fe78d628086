package org.generativa.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.generativa.data.Factor;

/**
 * Items with some values of known factors, the others free: "smiling, no beard" asks smile = yes and beard = no
 * and leaves glasses and hat as they come.
 *
 * @param factors the factors fixed, by number
 * @param values the value each takes, by number
 */
public record Concept(int[] factors, int[] values) {

    public Concept {
        if (factors.length != values.length) {
            throw new IllegalArgumentException(factors.length + " factors but " + values.length + " values");
        }
        factors = factors.clone();
        values = values.clone();
    }

    public static Concept of(int factor, int value, int otherFactor, int otherValue) {
        return new Concept(new int[] {factor, otherFactor}, new int[] {value, otherValue});
    }

    /** "smile: yes, beard: no", as the data name the factors and values. */
    public String describe(List<Factor> known) {
        return describe(known, UnaryOperator.identity());
    }

    /** "smile: yes, beard: no" with each factor's and value's name passed through {@code shown} (a translation). */
    public String describe(List<Factor> known, UnaryOperator<String> shown) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < factors.length; k++) {
            Factor f = known.get(factors[k]);
            parts.add(shown.apply(f.name()) + ": " + shown.apply(f.values().get(values[k])));
        }
        return String.join(", ", parts);
    }
}
