package org.generativa.metrics;

import org.generativa.data.SyntheticDigits;

/** One reference classifier on synthetic digits, trained once per test JVM and shared by the test classes. */
final class TrainedDigits {

    static final int STEPS = 300;
    private static ReferenceClassifier classifier;

    private TrainedDigits() {}

    static synchronized ReferenceClassifier classifier() {
        if (classifier == null) {
            ClassifierOptions options = ClassifierOptions.DEFAULT.withSteps(STEPS).withThreads(1);
            classifier = ReferenceClassifier.train(new SyntheticDigits(1), options, ClassifierProgress.NONE, () -> false);
        }
        return classifier;
    }
}
