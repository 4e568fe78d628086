package org.generativa.autoencoder;

import java.util.HashMap;
import java.util.Map;

/** What one training step measured: metric values by name, and the per-unit vectors of the latest batch. */
final class StepValues {

    final Map<String, Double> scalars = new HashMap<>();
    double[] klPerDimension;
    double[] rhoHat;

    StepValues put(String name, double value) {
        scalars.put(name, value);
        return this;
    }
}
