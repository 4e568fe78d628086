package org.generativa.ui;

import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeVariant;
import org.generativa.autoencoder.CorruptionKind;
import org.generativa.autoencoder.Likelihood;
import org.generativa.autoencoder.PriorKind;
import org.generativa.autoencoder.SparsityKind;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.ImageSet;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.train.TrainingSession;

/** State and commands of the Autoencoders tab: the variant and its choices on top of what every family tab has. */
public final class AeTabViewModel extends FamilyTabModel<AeConfig> {

    public static final DataKind INITIAL_KIND = DataKind.IMAGES;

    private final ClassifierCache classifiers = ClassifierCache.standard();
    private boolean priorScoring;
    private ReferenceClassifier classifier;

    public AeTabViewModel(TrainingSession<AeConfig> session, AeConfig initial, DataKind initialKind) {
        super(session, initial, initialKind, AeConfig::structure);
    }

    public static AeConfig initialConfig() {
        return AeConfig.defaultsFor(AeVariant.VAE, "digits", INITIAL_KIND);
    }

    @Override
    public boolean adversarial() {
        return false;
    }

    /** A new variant needs new networks: its defaults replace the current settings (seed kept). */
    public void selectVariant(AeVariant variant) {
        if (variant != draft().variant()) {
            replaceAndReset(AeConfig.defaultsFor(variant, draft().dataset(), dataKind()).withSeed(draft().seed()));
        }
    }

    public void setCorruption(CorruptionKind kind) {
        update(draft().withCorruption(kind), true);
    }

    public void setSparsity(SparsityKind kind) {
        update(draft().withSparsity(kind), true);
    }

    public void setLikelihood(Likelihood likelihood) {
        update(draft().withLikelihood(likelihood), false);
    }

    public void setPrior(PriorKind prior) {
        update(draft().withPrior(prior), false);
    }

    public void setTiedWeights(boolean tied) {
        update(draft().withTiedWeights(tied), false);
    }

    public void setLinear(boolean linear) {
        update(draft().withLinear(linear), false);
    }

    /** Scores samples from the prior with the data's reference classifier (trained once per dataset, then cached). */
    public void measurePriorSamples() {
        priorScoring = true;
        attachClassifier();
    }

    @Override
    protected void afterReset() {
        if (priorScoring && draft().variant().generative() && dataKind() == DataKind.IMAGES) {
            attachClassifier();
        }
    }

    private void attachClassifier() {
        session.runTask(I18n.get("task.classifier"), (experiment, progress) -> {
            AeExperiment ae = (AeExperiment) experiment;
            if (!(ae.dataset() instanceof ImageSet images) || images.labelNames().size() < 2) {
                throw new InvalidInputException(
                        "Scoring samples needs labelled images, and " + ae.dataset().name() + " has no classes.");
            }
            if (classifier == null || classifier.dataset() != images) {
                if (classifier != null) {
                    classifier.close();
                }
                classifier = classifiers.obtain(images, ClassifierOptions.DEFAULT,
                        (step, total) -> progress.accept((double) step / total), () -> false);
            }
            ae.attachClassifier(classifier);
        });
    }

    @Override
    protected DataSpec datasetOf(AeConfig config) {
        return config.dataset();
    }

    @Override
    protected AeConfig withNewData(AeConfig current, DataSpec spec, DataKind kind) {
        AeVariant variant = current.variant().convolutional() && kind != DataKind.IMAGES ? AeVariant.AE : current.variant();
        return AeConfig.defaultsFor(variant, spec, kind).withSeed(current.seed());
    }
}
