package org.generativa.latent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.generativa.common.Sentence;
import org.generativa.family.CodeStatistics;
import org.generativa.family.LatentModel;
import org.generativa.preview.ImageGrid;

/**
 * Latent traversals: one dimension of a base code swept from its mean - 3 sigma to mean + 3 sigma while the
 * others stay put. Sigma is 1 (mean 0) for a prior, the spread of held-out codes for an encoder
 * (see {@link CodeStatistics#of(LatentModel, int)}).
 */
public final class Traversal {

    public static final double SPAN_SIGMAS = 3;

    /**
     * @param dimensions the dimension of each row, most important first
     * @param values the values of each row's dimension, one row after another ({@code dimensions.length x steps})
     * @param codes every decoded code, row after row
     * @param grid the decoded images; rows labelled "z" + dimension (0-based)
     */
    public record Grid(ImageGrid grid, int[] dimensions, int steps, float[] values, float[] codes) {}

    private Traversal() {}

    /** {@code steps} values {@code mean + t sigma} for t evenly spaced from -3 to +3. */
    public static float[] values(double mean, double sigma, int steps) {
        if (steps < 2) {
            throw new IllegalArgumentException("a traversal needs at least 2 steps, not " + steps);
        }
        float[] values = new float[steps];
        for (int i = 0; i < steps; i++) {
            double t = -SPAN_SIGMAS + 2 * SPAN_SIGMAS * i / (steps - 1);
            values[i] = (float) (mean + t * sigma);
        }
        return values;
    }

    /** Dimensions from the most to the least important; equal ones in index order. */
    public static int[] byImportance(double[] importance) {
        return IntStream.range(0, importance.length).boxed()
                .sorted(Comparator.comparingDouble((Integer j) -> -importance[j]).thenComparingInt(j -> j))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * The {@code rows} most important dimensions of {@code model} swept through {@code steps} values around
     * {@code base}, decoded in one batch. Runs on the engine thread.
     *
     * @param conditionClass the class for a conditional generator, ignored (pass -1) otherwise
     */
    public static Grid grid(LatentModel model, float[] base, int rows, int steps, CodeStatistics stats, int conditionClass) {
        Pictures.requireImages(model.dataset(), Sentence.of("latent.traversalGrid"));
        int d = model.latentSize();
        if (base.length != d) {
            throw new IllegalArgumentException("the base code has " + base.length + " values, the model " + d);
        }
        if (rows < 1 || rows > d) {
            throw new IllegalArgumentException("rows must be 1 to " + d + ", not " + rows);
        }
        int[] order = byImportance(model.dimensionImportance());
        int[] dimensions = Arrays.copyOf(order, rows);
        float[] values = new float[rows * steps];
        float[] codes = new float[rows * steps * d];
        List<String> labels = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int j = dimensions[r];
            float[] row = values(stats.mean()[j], stats.std()[j], steps);
            System.arraycopy(row, 0, values, r * steps, steps);
            for (int s = 0; s < steps; s++) {
                int at = (r * steps + s) * d;
                System.arraycopy(base, 0, codes, at, d);
                codes[at + j] = row[s];
            }
            labels.add("z" + j);
        }
        int count = rows * steps;
        float[] items = model.decode(codes, count, Pictures.classes(model, conditionClass, count));
        ImageGrid grid = Pictures.grid(model.dataset(), items, count, steps).withRowLabels(labels);
        return new Grid(grid, dimensions, steps, values, codes);
    }
}
