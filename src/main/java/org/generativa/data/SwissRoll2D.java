package org.generativa.data;

import java.util.SplittableRandom;

/**
 * The 2-D swiss roll (t cos t, t sin t) with t uniform in [1.5 pi, 4.5 pi], scaled by 4 / (4.5 pi)
 * so that its outer end lies at radius 4; noise sigma 0.1 after scaling. One curve, no labels.
 */
public final class SwissRoll2D extends PointDistribution {

    public static final double MIN_T = 1.5 * Math.PI;
    public static final double MAX_T = 4.5 * Math.PI;
    public static final double SCALE = 4 / MAX_T;
    public static final double NOISE = 0.1;

    public SwissRoll2D() {
        super("swissroll", NOISE);
    }

    @Override
    protected int onCurve(SplittableRandom random, double[] xy) {
        double t = MIN_T + (MAX_T - MIN_T) * random.nextDouble();
        xy[0] = SCALE * t * Math.cos(t);
        xy[1] = SCALE * t * Math.sin(t);
        return -1;
    }
}
