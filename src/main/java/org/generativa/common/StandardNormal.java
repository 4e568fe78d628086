package org.generativa.common;

import java.util.SplittableRandom;

/** Standard normal draws from a seeded stream (Box-Muller); SplittableRandom has no nextGaussian on Java 17. */
public final class StandardNormal {

    private StandardNormal() {}

    public static double draw(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** {@code count} draws, one after another. */
    public static float[] sample(int count, SplittableRandom random) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) draw(random);
        }
        return values;
    }
}
