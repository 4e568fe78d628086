package org.generativa.ui.ae;

import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeFamily;
import org.generativa.autoencoder.AeVariant;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.ImageSet;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.models.BundledModels;
import org.generativa.train.Session;
import org.generativa.ui.common.I18n;
import org.generativa.ui.family.FamilyTabModel;

/** State and commands of the Autoencoders tab: the variant and its choices on top of what every family tab has. */
public final class AeTabViewModel extends FamilyTabModel<AeConfig> {

    public static final DataKind INITIAL_KIND = DataKind.IMAGES;

    private final ClassifierCache classifiers = ClassifierCache.standard(BundledModels.classifiers());
    private boolean priorScoring;
    private ReferenceClassifier classifier;

    public AeTabViewModel(Session<AeConfig> session, AeConfig initial, DataKind initialKind) {
        super(AeFamily.INSTANCE, session, initial, initialKind);
    }

    public static AeConfig initialConfig() {
        return AeConfig.defaultsFor(AeVariant.VAE, "digits", INITIAL_KIND);
    }

    @Override
    public boolean adversarial() {
        return false;
    }

    /** Turns the linear switch on with the settings under which it finds the PCA subspace, or off. */
    public void chooseLinear(boolean on) {
        if (on != draft().linear()) {
            propose(AeConfig.LINEAR, on ? draft().linearProposal() : draft().withLinear(false));
        }
    }

    public void selectVariant(AeVariant variant) {
        selectModel(variant.cliName());
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
                throw new InvalidInputException(I18n.format("ae.scoring.needsLabels", ae.dataset().name()));
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
}
