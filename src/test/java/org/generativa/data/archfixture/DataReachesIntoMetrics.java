package org.generativa.data.archfixture;

import org.generativa.metrics.ModeCoverage;

/** Deliberately wrong, never run: a dataset that measures mode coverage. */
public final class DataReachesIntoMetrics {

    int modes(ModeCoverage coverage) {
        return coverage.modes();
    }
}
