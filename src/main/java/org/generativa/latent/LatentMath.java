package org.generativa.latent;

/** Arithmetic on codes (flat float rows): interpolation, A - B + C, moving along a direction. */
public final class LatentMath {

    /** Below this sine of the angle between two codes, slerp falls back to lerp (parallel or opposite codes). */
    static final double PARALLEL_SINE = 1e-6;

    private LatentMath() {}

    /** {@code (1 - t) a + t b}. */
    public static float[] lerp(float[] a, float[] b, double t) {
        requireSameSize(a, b);
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) ((1 - t) * a[i] + t * b[i]);
        }
        return out;
    }

    /**
     * Spherical interpolation: {@code sin((1 - t) w) / sin w * a + sin(t w) / sin w * b}, with {@code w} the
     * angle between {@code a} and {@code b}. Where the codes are (nearly) parallel or opposite, or one is zero,
     * the angle says nothing and this is {@link #lerp}.
     */
    public static float[] slerp(float[] a, float[] b, double t) {
        requireSameSize(a, b);
        double na = norm(a);
        double nb = norm(b);
        if (na == 0 || nb == 0) {
            return lerp(a, b, t);
        }
        double cos = Math.max(-1, Math.min(1, dot(a, b) / (na * nb)));
        double omega = Math.acos(cos);
        double sin = Math.sin(omega);
        if (sin < PARALLEL_SINE) {
            return lerp(a, b, t);
        }
        double wa = Math.sin((1 - t) * omega) / sin;
        double wb = Math.sin(t * omega) / sin;
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (float) (wa * a[i] + wb * b[i]);
        }
        return out;
    }

    /** {@code a - b + c}: "man with glasses" - "man" + "woman". */
    public static float[] arithmetic(float[] a, float[] b, float[] c) {
        requireSameSize(a, b);
        requireSameSize(a, c);
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i] + c[i];
        }
        return out;
    }

    /** {@code code + strength * direction}. */
    public static float[] addScaled(float[] code, float[] direction, double strength) {
        requireSameSize(code, direction);
        float[] out = new float[code.length];
        for (int i = 0; i < code.length; i++) {
            out[i] = (float) (code[i] + strength * direction[i]);
        }
        return out;
    }

    /** Row {@code i} of {@code count} rows of {@code size} values. */
    public static float[] row(float[] rows, int i, int size) {
        float[] out = new float[size];
        System.arraycopy(rows, i * size, out, 0, size);
        return out;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }

    static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void requireSameSize(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("codes differ in size: " + a.length + " and " + b.length);
        }
    }
}
