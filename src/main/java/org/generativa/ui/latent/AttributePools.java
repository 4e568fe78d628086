package org.generativa.ui.latent;

import org.generativa.common.InvalidInputException;
import org.generativa.data.ImageSet;
import org.generativa.family.LatentModel;
import org.generativa.latent.AttributeJudge;
import org.generativa.latent.CodePool;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.models.BundledModels;

/**
 * The attribute judge of the explored data and the pool of codes with known attributes of the explored model,
 * each made once and kept while the data and the model stay the same. Used on the engine thread only.
 */
final class AttributePools {

    /** Held-out images encoded, or generated samples judged, per pool. */
    static final int POOL = 2_000;
    private static final long SAMPLES_SEED = 0x504F4F4CL;

    private ReferenceClassifier classifier;
    private AttributeJudge judge;
    private LatentModel pooled;
    private CodePool pool;

    /** The judge of {@code model}'s data: the shipped or cached classifier trained on blurred images too, else trained now. */
    AttributeJudge judge(LatentModel model) {
        if (!(model.dataset() instanceof ImageSet data)) {
            throw InvalidInputException.of("latent.judge.noFactors", model.dataset().name());
        }
        if (judge == null || judge.dataset() != data) {
            if (classifier != null) {
                classifier.close();
            }
            judge = null;
            classifier = ClassifierCache.standard(BundledModels.classifiers()).obtain(data, ClassifierOptions.BLURRED,
                    (step, total) -> { }, () -> false);
            judge = AttributeJudge.of(classifier);
        }
        return judge;
    }

    /** Codes of encoded held-out images for a model with an encoder, else of the model's samples as the judge sorts them. */
    CodePool pool(LatentModel model) {
        if (pooled != model) {
            pool = model.hasEncoder() ? CodePool.encoded(model, POOL) : CodePool.judged(model, judge(model), POOL, SAMPLES_SEED);
            pooled = model;
        }
        return pool;
    }
}
