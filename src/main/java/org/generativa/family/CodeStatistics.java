package org.generativa.family;

import java.util.Arrays;
import org.generativa.data.HeldOutItems;

/** Mean and standard deviation of each code dimension over a set of codes (population statistics). */
public record CodeStatistics(double[] mean, double[] std) {

    /** Statistics of {@code count} codes of {@code size} values each, one after another. */
    public static CodeStatistics of(float[] codes, int count, int size) {
        if (count < 1) {
            throw new IllegalArgumentException("statistics need at least one code");
        }
        double[] mean = new double[size];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < size; j++) {
                mean[j] += codes[i * size + j];
            }
        }
        for (int j = 0; j < size; j++) {
            mean[j] /= count;
        }
        double[] std = new double[size];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < size; j++) {
                double d = codes[i * size + j] - mean[j];
                std[j] += d * d;
            }
        }
        for (int j = 0; j < size; j++) {
            std[j] = Math.sqrt(std[j] / count);
        }
        return new CodeStatistics(mean, std);
    }

    /** The prior's statistics: mean 0 and standard deviation 1 in every dimension. */
    public static CodeStatistics standardNormal(int size) {
        double[] ones = new double[size];
        Arrays.fill(ones, 1);
        return new CodeStatistics(new double[size], ones);
    }

    /**
     * What a traversal or a slider spans: for a model with an encoder, the statistics of its held-out items'
     * codes; otherwise the prior's (mean 0, sigma 1). Runs on the engine thread.
     */
    public static CodeStatistics of(LatentModel model, int maxItems) {
        if (!model.hasEncoder()) {
            return standardNormal(model.latentSize());
        }
        HeldOutItems items = model.heldOutItems(maxItems);
        return of(model.encode(items.items(), items.count()), items.count(), model.latentSize());
    }

    public double[] variance() {
        double[] v = new double[std.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = std[j] * std[j];
        }
        return v;
    }
}
