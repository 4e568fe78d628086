package org.generativa.latent;

/**
 * The known-factor values of {@code count} items: read from the data for real items, or what an
 * {@link AttributeJudge} says generated ones show.
 *
 * @param values item after item, one value per factor; -1 where it is not known (an image the judge takes for
 *     no sample of the data)
 */
public record AttributeVerdicts(int count, int factorCount, int[] values) {

    public int value(int item, int factor) {
        return values[item * factorCount + factor];
    }

    /** Whether item {@code item} has every value {@code concept} asks for. */
    public boolean matches(int item, Concept concept) {
        for (int k = 0; k < concept.factors().length; k++) {
            if (value(item, concept.factors()[k]) != concept.values()[k]) {
                return false;
            }
        }
        return true;
    }
}
