package org.generativa.metrics;

import java.util.ArrayList;
import java.util.List;
import org.generativa.preview.Report;

/**
 * What the reference classifier says about a batch of generated images: the share it recognises
 * (top real class at probability 0.9 or more), how the recognised ones spread over the classes, the
 * KL divergence of that spread to uniform, the classifier-feature Fréchet distance, and for
 * conditional models the share that came out as the class asked for.
 */
public record ClassCoverage(List<String> classes, double[] classFractions, double recognisable, double klToUniform,
        double frechetDistance, double condAccuracy, int samples) implements Report {

    /** Below this share of a fair 1/K, a class counts as missing. */
    public static final double MISSING_SHARE = 0.3;
    /** Fewer recognised samples than this say too little to call a class missing. */
    public static final int MIN_RECOGNISED = 50;

    /**
     * The classes the samples (nearly) never show: those whose share of the recognised samples is under
     * {@value #MISSING_SHARE} of the fair share 1/K. None while fewer than {@value #MIN_RECOGNISED} samples are
     * recognised.
     */
    public List<String> missingClasses() {
        if (recognisable * samples < MIN_RECOGNISED) {
            return List.of();
        }
        double total = 0;
        for (double f : classFractions) {
            total += f;
        }
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) {
            if (total <= 0 || classFractions[k] / total < MISSING_SHARE / classes.size()) {
                missing.add(classes.get(k));
            }
        }
        return missing;
    }
}
