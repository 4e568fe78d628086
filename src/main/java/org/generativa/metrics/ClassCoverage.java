package org.generativa.metrics;

import java.util.List;
import org.generativa.preview.Report;

/**
 * What the reference classifier says about a batch of generated images: the share it recognises
 * (top real class at probability 0.9 or more), how the recognised ones spread over the classes, the
 * KL divergence of that spread to uniform, the classifier-feature Fréchet distance, and for
 * conditional models the share that came out as the class asked for.
 */
public record ClassCoverage(List<String> classes, double[] classFractions, double recognisable, double klToUniform,
        double frechetDistance, double condAccuracy, int samples) implements Report {}
