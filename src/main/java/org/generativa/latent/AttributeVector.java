package org.generativa.latent;

/**
 * A direction in code space: the mean code of items with an attribute minus the mean code of items without it.
 * Adding it to a code (see {@link LatentMath#addScaled}) adds the attribute.
 *
 * @param name what the attribute is, e.g. "smile: yes"
 * @param withCount items with the attribute it was measured on
 * @param withoutCount items without it
 */
public record AttributeVector(String name, float[] direction, int withCount, int withoutCount) {

    /** {@code code + strength * direction}. */
    public float[] applyTo(float[] code, double strength) {
        return LatentMath.addScaled(code, direction, strength);
    }
}
