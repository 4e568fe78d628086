package org.generativa.lab;

import org.generativa.metrics.ModeCoverage;
import org.generativa.preview.Preview;

/**
 * Everything the lab's canvas draws at one moment of a GAN on 1-D or 2-D data. Coordinates are interleaved
 * ({@code x0, y0, x1, y1, ...}) for 2-D data and plain values for 1-D data.
 *
 * @param arrows for the first {@code arrows.length / dimensions} generated points, the direction the generator's
 *     gradient moves each one, scaled so the longest is a tenth of the plot's width
 * @param heat the discriminator's output on a {@code heatSide x heatSide} grid over the plot (row 0 at yMax),
 *     or on {@code heatSide} values of x for 1-D data
 * @param heatIsProbability whether {@code heat} is a probability (cross-entropy losses) or a raw critic value
 * @param manifold G applied to a {@code manifoldSide x manifoldSide} grid of noise values (2-D data only, else null)
 * @param modes the true modes' centres
 * @param sigma the true modes' standard deviation
 */
public record ToyFrame(long step, int dimensions, float[] real, float[] fake, float[] arrows,
        double xMin, double xMax, double yMin, double yMax, int heatSide, float[] heat, boolean heatIsProbability,
        int manifoldSide, float[] manifold, float[][] modes, double sigma, ModeCoverage coverage) implements Preview {

    public int fakeCount() {
        return fake.length / dimensions;
    }

    public int arrowCount() {
        return arrows.length / dimensions;
    }
}
