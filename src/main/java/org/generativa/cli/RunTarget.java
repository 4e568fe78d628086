package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import java.util.Map;
import org.generativa.data.Dataset;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.train.Experiment;

/** What `train` needs from a model family: its settings from the options, its experiment, and its final numbers. */
interface RunTarget<C> {

    C config();

    /** Whether scores from a reference classifier mean something for this run on {@code data}. */
    boolean wantsClassifier(Dataset data);

    Experiment<C> create(NDManager root, Dataset data);

    /** Family-specific final numbers (mode coverage, sample quality, held-out ELBO, ...). */
    void addResults(Map<String, Object> result, Experiment<C> experiment, ReferenceClassifier classifier);
}
