package org.generativa.autoencoder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metric rows of the last few steps, for final values that one noisy step does not decide. */
final class MetricWindow {

    private final double[][] rows;
    private int added;

    MetricWindow(int size) {
        rows = new double[size][];
    }

    void add(double[] values) {
        rows[added % rows.length] = values;
        added++;
    }

    /** The mean of each metric over the rows held, leaving out NaN (not measured); NaN when never measured. */
    Map<String, Double> means(List<String> names) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (int m = 0; m < names.size(); m++) {
            double sum = 0;
            int count = 0;
            for (double[] row : rows) {
                if (row != null && !Double.isNaN(row[m])) {
                    sum += row[m];
                    count++;
                }
            }
            result.put(names.get(m), count == 0 ? Double.NaN : sum / count);
        }
        return result;
    }
}
