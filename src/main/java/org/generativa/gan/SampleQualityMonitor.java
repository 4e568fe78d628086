package org.generativa.gan;

import java.util.function.DoubleConsumer;
import org.generativa.common.InvalidInputException;
import org.generativa.data.Dataset;
import org.generativa.data.ImageSet;
import org.generativa.metrics.ClassCoverage;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.metrics.SampleScore;

/**
 * Keeps the reference classifier of the data being trained and measures generated samples with it.
 * Engine-thread only. Trained classifiers are cached on disk, so after the first time a new run on
 * the same data gets its classifier in milliseconds.
 */
public final class SampleQualityMonitor implements AutoCloseable {

    public static final int SAMPLES = 500;

    private final ClassifierCache cache;
    private final ClassifierOptions options;
    private ReferenceClassifier classifier;
    private Dataset classifiedData;

    public SampleQualityMonitor(ClassifierCache cache) {
        this(cache, ClassifierOptions.DEFAULT);
    }

    public SampleQualityMonitor(ClassifierCache cache, ClassifierOptions options) {
        this.cache = cache;
        this.options = options;
    }

    /** Whether a dataset can have a reference classifier: labelled images. */
    public static boolean applies(Dataset dataset) {
        return dataset instanceof ImageSet && dataset.labelNames().size() >= 2;
    }

    /** Gets the classifier for the experiment's data, training it if it is not cached, and attaches it. */
    public void prepare(GanExperiment experiment, DoubleConsumer progress) {
        Dataset data = experiment.dataset();
        if (!applies(data)) {
            throw InvalidInputException.of("gan.coverageNeedsLabels", data.name());
        }
        if (classifiedData != data) {
            ImageSet images = (ImageSet) data;
            ReferenceClassifier fresh = cache.obtain(images, options,
                    (step, total) -> progress.accept((double) step / total), () -> false);
            replace(fresh, data);
        }
        experiment.attach(this);
    }

    /** Attaches the classifier when one is cached for the experiment's data (never trains). */
    public boolean attachIfCached(GanExperiment experiment) {
        Dataset data = experiment.dataset();
        if (!applies(data)) {
            return false;
        }
        if (classifiedData != data) {
            var cached = cache.load((ImageSet) data, options);
            if (cached.isEmpty()) {
                return false;
            }
            replace(cached.get(), data);
        }
        experiment.attach(this);
        return true;
    }

    private void replace(ReferenceClassifier fresh, Dataset data) {
        if (classifier != null) {
            classifier.close();
        }
        classifier = fresh;
        classifiedData = data;
    }

    ClassCoverage measure(GanExperiment experiment) {
        int classes = experiment.dataset().labelNames().size();
        int[] asked = null;
        if (experiment.config().model().conditional()) {
            asked = new int[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) {
                asked[i] = i % classes;
            }
        }
        SampleScore score = classifier.score(experiment.sample(SAMPLES, asked), SAMPLES, asked);
        return new ClassCoverage(experiment.dataset().labelNames(), score.classFractions(), score.recognisableFraction(),
                score.klToUniform(), score.frechetDistance(), score.condAccuracy(), SAMPLES);
    }

    public double heldOutAccuracy() {
        return classifier == null ? Double.NaN : classifier.info().heldOutAccuracy();
    }

    @Override
    public void close() {
        if (classifier != null) {
            classifier.close();
            classifier = null;
            classifiedData = null;
        }
    }
}
