package org.generativa.data;

import java.util.SplittableRandom;
import org.generativa.common.StandardNormal;

/**
 * A distribution in the plane sampled afresh every time: a curve (or a few) blurred by isotropic
 * Gaussian noise. The distribution itself is fixed; the random passed to {@link #sample} decides
 * which points come out.
 */
public abstract class PointDistribution extends SampledDistribution {

    private final double noise;

    protected PointDistribution(String name, double noise) {
        super(name, DataKind.POINTS);
        this.noise = noise;
    }

    /** Standard deviation of the Gaussian noise added to each coordinate. */
    public final double noise() {
        return noise;
    }

    @Override
    public final Batch sample(int count, SplittableRandom random) {
        float[] values = new float[2 * count];
        int[] labels = new int[count];
        double[] point = new double[2];
        for (int i = 0; i < count; i++) {
            labels[i] = onCurve(random, point);
            values[2 * i] = (float) (point[0] + noise * StandardNormal.draw(random));
            values[2 * i + 1] = (float) (point[1] + noise * StandardNormal.draw(random));
        }
        return new Batch(values, labels, count, itemShape());
    }

    /** Picks a noise-free point into {@code xy} and returns the curve it lies on, or -1 when there is one curve. */
    protected abstract int onCurve(SplittableRandom random, double[] xy);
}
