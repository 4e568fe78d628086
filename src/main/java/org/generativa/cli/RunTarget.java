package org.generativa.cli;

import ai.djl.ndarray.NDManager;
import java.util.List;
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

    /** Sentences about settings the run adjusted (a prior that needs a 2-D code, say); printed before training. */
    default List<String> notices(Experiment<C> experiment) {
        return List.of();
    }

    /** Family-specific final numbers (mode coverage, sample quality, held-out ELBO, ...). */
    void addResults(Map<String, Object> result, Experiment<C> experiment, ReferenceClassifier classifier);
}
