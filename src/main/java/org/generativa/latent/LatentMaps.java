package org.generativa.latent;

import java.util.Arrays;
import java.util.List;
import org.generativa.data.DataKind;
import org.generativa.data.HeldOutItems;
import org.generativa.family.LatentModel;

/**
 * Builds {@link LatentMap}s. With an encoder the points are held-out items' codes: as they are for a 2-D
 * code, else projected on their two principal components. Without an encoder (a GAN) they are prior samples
 * on the plane of the first two noise dimensions through the origin, and the grid spans +-3 sigma there.
 */
public final class LatentMaps {

    /** The grid covers the points between these percentiles on each axis, so that outliers do not shrink it. */
    static final double LOW_PERCENTILE = 1;
    static final double HIGH_PERCENTILE = 99;
    private static final long PRIOR_SEED = 0x4D4150L;

    private LatentMaps() {}

    /**
     * Runs on the engine thread.
     *
     * @param maxItems points on the map at most
     * @param gridSide cells per side of the decoded grid (at least 2)
     * @param conditionClass the class for a conditional generator, ignored (pass -1) otherwise
     */
    public static LatentMap of(LatentModel model, int maxItems, int gridSide, int conditionClass) {
        if (gridSide < 2) {
            throw new IllegalArgumentException("the grid needs at least 2 cells per side, not " + gridSide);
        }
        int d = model.latentSize();
        float[] codes;
        int[] labels;
        Projection projection;
        List<String> labelNames;
        if (model.hasEncoder()) {
            HeldOutItems items = model.heldOutItems(maxItems);
            codes = model.encode(items.items(), items.count());
            labels = items.labels();
            labelNames = model.dataset().labelNames();
            projection = d <= 2 ? Projection.axes(d, 0, d == 2 ? 1 : -1) : Pca.twoComponents(codes, items.count(), d);
        } else {
            codes = model.samplePrior(maxItems, PRIOR_SEED);
            labels = new int[maxItems];
            Arrays.fill(labels, -1);
            labelNames = List.of();
            projection = Projection.axes(d, 0, d >= 2 ? 1 : -1);
        }
        int count = labels.length;
        float[] points = projection.project(codes, count);
        double[] xs = coordinate(points, 0);
        double[] ys = coordinate(points, 1);
        double span = Traversal.SPAN_SIGMAS;
        double xMin = model.hasEncoder() ? percentile(xs, LOW_PERCENTILE) : -span;
        double xMax = model.hasEncoder() ? percentile(xs, HIGH_PERCENTILE) : span;
        double yMin = model.hasEncoder() ? percentile(ys, LOW_PERCENTILE) : -span;
        double yMax = model.hasEncoder() ? percentile(ys, HIGH_PERCENTILE) : span;
        LatentMap map = new LatentMap(points, labels, labelNames, projection, xMin, xMax, yMin, yMax, gridSide, null);
        if (model.dataset().kind() != DataKind.IMAGES) {
            return map;
        }
        float[] gridCodes = new float[gridSide * gridSide * d];
        for (int r = 0; r < gridSide; r++) {
            for (int c = 0; c < gridSide; c++) {
                float[] code = projection.toCode(map.gridX(c), map.gridY(r));
                System.arraycopy(code, 0, gridCodes, (r * gridSide + c) * d, d);
            }
        }
        int cells = gridSide * gridSide;
        float[] items = model.decode(gridCodes, cells, Pictures.classes(model, conditionClass, cells));
        return new LatentMap(points, labels, labelNames, projection, xMin, xMax, yMin, yMax, gridSide,
                Pictures.grid(model.dataset(), items, cells, gridSide));
    }

    private static double[] coordinate(float[] points, int axis) {
        double[] values = new double[points.length / 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = points[2 * i + axis];
        }
        return values;
    }

    /** Linear interpolation between the closest ranks. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double rank = p / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
