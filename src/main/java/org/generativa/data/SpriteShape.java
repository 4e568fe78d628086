package org.generativa.data;

/**
 * The outlines of the sprites in unit coordinates (y up): each fits inside the unit disc and is
 * centred on its own centroid, so a sprite's position is where the centre of its ink lies.
 */
enum SpriteShape {
    /** Half-diagonal 1, so side sqrt(2). */
    SQUARE {
        @Override
        boolean contains(double u, double v) {
            return Math.abs(u) <= HALF_SIDE && Math.abs(v) <= HALF_SIDE;
        }
    },
    /** Semi-axes 1 along u and 0.6 along v. */
    ELLIPSE {
        @Override
        boolean contains(double u, double v) {
            double w = v / ELLIPSE_MINOR;
            return u * u + w * w <= 1;
        }
    },
    /** The curve (x^2 + y^2 - 1)^3 = x^2 y^3, shifted and shrunk to fit the unit disc. */
    HEART {
        @Override
        boolean contains(double u, double v) {
            double x = u * HEART_REACH;
            double y = v * HEART_REACH + HEART_CENTROID_Y;
            double q = x * x + y * y - 1;
            return q * q * q <= x * x * y * y * y;
        }
    };

    static final double HALF_SIDE = Math.sqrt(0.5);
    static final double ELLIPSE_MINOR = 0.6;
    /** Height of the curve's centroid, and its greatest distance from there (both measured numerically). */
    private static final double HEART_CENTROID_Y = 0.2935;
    private static final double HEART_REACH = 1.2935;

    abstract boolean contains(double u, double v);

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
