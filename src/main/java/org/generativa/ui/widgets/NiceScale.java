package org.generativa.ui.widgets;

/** Round axis steps (1, 2, 2.5 or 5 times a power of ten) so that at most a given number of ticks show. */
final class NiceScale {

    private static final double[] MULTIPLIERS = {1, 2, 2.5, 5, 10};

    private NiceScale() {}

    static double tickUnit(double range, int maxTicks) {
        if (range <= 0) {
            return 1;
        }
        double raw = range / maxTicks;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : MULTIPLIERS) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The smallest multiple of {@code unit} at or above {@code value}. */
    static double ceil(double value, double unit) {
        return Math.ceil(value / unit) * unit;
    }
}
