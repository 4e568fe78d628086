package org.generativa.latent;

import java.util.List;
import org.generativa.preview.ImageGrid;

/**
 * A 2-D map of a latent space for the UI to draw: items as points in a plane of code space, and the codes of
 * that plane decoded on a regular grid. Clicking (x, y) means the code {@code projection().toCode(x, y)}.
 *
 * @param points (x, y) of each item
 * @param labels each point's class, or -1 (prior samples, unlabelled data)
 * @param labelNames class names the labels index
 * @param grid {@code gridSide x gridSide} decoded codes: column c at {@link #gridX}, row r at {@link #gridY}
 *     (the top row at yMax, like a plot); null when the data are not images
 */
public record LatentMap(float[] points, int[] labels, List<String> labelNames, Projection projection,
        double xMin, double xMax, double yMin, double yMax, int gridSide, ImageGrid grid) {

    public int count() {
        return labels.length;
    }

    /** The x of grid column {@code c}: evenly from xMin (left) to xMax (right). */
    public double gridX(int c) {
        return xMin + (xMax - xMin) * c / (gridSide - 1);
    }

    /** The y of grid row {@code r}: evenly from yMax (top) to yMin (bottom). */
    public double gridY(int r) {
        return yMax - (yMax - yMin) * r / (gridSide - 1);
    }
}
