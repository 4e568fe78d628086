package org.generativa.data;

import java.util.SplittableRandom;

/**
 * Two interleaved arms of the Archimedean spiral r = 4 theta / (3 pi), theta in [0, 3 pi]: one and a
 * half turns out to radius 4, the second arm the first turned by pi. Points are spread evenly along
 * the arms (theta = 3 pi sqrt(u)), labelled by arm, with noise sigma 0.1.
 */
public final class Spiral2D extends PointDistribution {

    public static final double MAX_RADIUS = 4;
    public static final double MAX_ANGLE = 3 * Math.PI;
    public static final double NOISE = 0.1;

    public Spiral2D() {
        super("spiral", NOISE);
    }

    /** Radius gained per radian of turning. */
    public static double growth() {
        return MAX_RADIUS / MAX_ANGLE;
    }

    @Override
    protected int onCurve(SplittableRandom random, double[] xy) {
        int arm = random.nextInt(2);
        double theta = MAX_ANGLE * Math.sqrt(random.nextDouble());
        double radius = growth() * theta;
        double angle = theta + arm * Math.PI;
        xy[0] = radius * Math.cos(angle);
        xy[1] = radius * Math.sin(angle);
        return arm;
    }
}
