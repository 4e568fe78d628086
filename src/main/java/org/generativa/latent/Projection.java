package org.generativa.latent;

/**
 * A plane in code space: 2-D point (x, y) stands for the code {@code mean + x axisX + y axisY}, and a code
 * projects to its coordinates along the two (orthonormal) axes after subtracting the mean.
 *
 * @param variance the variance of the projected codes along each axis (NaN where not measured)
 */
public record Projection(float[] mean, float[] axisX, float[] axisY, double[] variance) {

    /** The plane of dimensions {@code i} and {@code j} through the origin (for a code of one dimension, the line of 0). */
    public static Projection axes(int size, int i, int j) {
        float[] x = new float[size];
        float[] y = new float[size];
        x[i] = 1;
        if (j >= 0) {
            y[j] = 1;
        }
        return new Projection(new float[size], x, y, new double[] {Double.NaN, Double.NaN});
    }

    public int codeSize() {
        return mean.length;
    }

    /** (x, y) pairs of {@code count} codes. */
    public float[] project(float[] codes, int count) {
        int d = mean.length;
        float[] points = new float[2 * count];
        for (int i = 0; i < count; i++) {
            double x = 0;
            double y = 0;
            for (int j = 0; j < d; j++) {
                double centred = codes[i * d + j] - mean[j];
                x += centred * axisX[j];
                y += centred * axisY[j];
            }
            points[2 * i] = (float) x;
            points[2 * i + 1] = (float) y;
        }
        return points;
    }

    /** The code that a clicked point (x, y) stands for: the mean moved along the two axes. */
    public float[] toCode(double x, double y) {
        float[] code = new float[mean.length];
        for (int j = 0; j < code.length; j++) {
            code[j] = (float) (mean[j] + x * axisX[j] + y * axisY[j]);
        }
        return code;
    }
}
