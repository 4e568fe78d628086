package org.generativa.metrics;

/** Progress of training a reference classifier, called on the training thread after each step. */
@FunctionalInterface
public interface ClassifierProgress {

    ClassifierProgress NONE = (step, total) -> { };

    void update(int step, int total);
}
