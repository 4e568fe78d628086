package org.generativa.data;

import java.util.SplittableRandom;

/**
 * The two interleaving half circles of scikit-learn's make_moons: (cos t, sin t) and
 * (1 - cos t, 1/2 - sin t), t uniform in [0, pi], here centred on the origin and scaled by 8/3 so
 * that x spans [-4, 4]. Labelled 0 for the upper moon, 1 for the lower; noise sigma 0.15 after scaling.
 */
public final class Moons2D extends PointDistribution {

    public static final double SCALE = 8.0 / 3;
    public static final double NOISE = 0.15;
    /** Where the union of the unscaled moons is centred: the middle of [-1, 2] x [-1/2, 1]. */
    private static final double CENTRE_X = 0.5;
    private static final double CENTRE_Y = 0.25;

    public Moons2D() {
        super("moons", NOISE);
    }

    /** Radius of both moons after scaling. */
    public static double radius() {
        return SCALE;
    }

    /** Centre of the circle that moon {@code moon} (0 upper, 1 lower) is half of, after scaling. */
    public static double[] circleCentre(int moon) {
        return moon == 0
                ? new double[] {(0 - CENTRE_X) * SCALE, (0 - CENTRE_Y) * SCALE}
                : new double[] {(1 - CENTRE_X) * SCALE, (0.5 - CENTRE_Y) * SCALE};
    }

    @Override
    protected int onCurve(SplittableRandom random, double[] xy) {
        int moon = random.nextInt(2);
        double t = Math.PI * random.nextDouble();
        double x = moon == 0 ? Math.cos(t) : 1 - Math.cos(t);
        double y = moon == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
        xy[0] = (x - CENTRE_X) * SCALE;
        xy[1] = (y - CENTRE_Y) * SCALE;
        return moon;
    }
}
