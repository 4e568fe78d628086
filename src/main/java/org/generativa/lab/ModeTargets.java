package org.generativa.lab;

import java.util.Optional;
import org.generativa.data.Dataset;
import org.generativa.data.GaussianMixture1D;
import org.generativa.data.GaussianMixture2D;
import org.generativa.metrics.ModeCoverage;

/** Mode metrics for the lab's mixtures: 2-D points as they are, 1-D values as points on the x axis. */
public final class ModeTargets {

    private ModeTargets() {}

    /** Whether {@code dataset} has known modes to measure against. */
    public static boolean hasModes(Dataset dataset) {
        return dataset instanceof GaussianMixture2D || dataset instanceof GaussianMixture1D;
    }

    /** Coverage of {@code samples} (flattened items of the dataset's shape), or empty for data without known modes. */
    public static Optional<ModeCoverage> coverage(Dataset dataset, float[] samples) {
        if (dataset instanceof GaussianMixture2D mixture) {
            return Optional.of(ModeCoverage.measure(samples, mixture.modes(), mixture.sigma()));
        }
        if (dataset instanceof GaussianMixture1D mixture) {
            float[] points = new float[2 * samples.length];
            for (int i = 0; i < samples.length; i++) {
                points[2 * i] = samples[i];
            }
            float[][] modes = new float[mixture.modes().length][];
            for (int k = 0; k < modes.length; k++) {
                modes[k] = new float[] {mixture.modes()[k], 0};
            }
            return Optional.of(ModeCoverage.measure(points, modes, mixture.sigma()));
        }
        return Optional.empty();
    }
}
