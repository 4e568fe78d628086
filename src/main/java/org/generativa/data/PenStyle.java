package org.generativa.data;

import java.util.SplittableRandom;

/** How one particular hand writes a glyph: geometry of the writing and the pen's width. */
record PenStyle(
        double scaleX,
        double scaleY,
        double slant,
        double rotation,
        double wobbleAmplitude,
        double wobbleFrequency,
        double wobblePhase,
        double thickness,
        double shiftX,
        double shiftY) {

    static PenStyle random(SplittableRandom r) {
        return new PenStyle(
                uniform(r, 0.78, 1.12),
                uniform(r, 0.85, 1.08),
                uniform(r, -0.35, 0.2),
                uniform(r, -0.14, 0.14),
                uniform(r, 0.0, 0.045),
                uniform(r, 0.7, 1.8),
                uniform(r, 0, 2 * Math.PI),
                uniform(r, 1.6, 3.2),
                uniform(r, -1.8, 1.8),
                uniform(r, -1.5, 1.5));
    }

    private static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }
}
