package org.generativa.ui.ae;

import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeFamily;
import org.generativa.autoencoder.AeVariant;
import org.generativa.autoencoder.PretrainingProbe;
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
    static final int PROBE_LABELS = 100;
    private static final int PROBE_STEPS = 500;

    private final ClassifierCache classifiers = ClassifierCache.standard(BundledModels.classifiers());
    private final ObjectProperty<PretrainingProbe.Result> probeResult = new SimpleObjectProperty<>();
    private final Executor uiThread;
    private boolean priorScoring;
    private ReferenceClassifier classifier;

    public AeTabViewModel(Session<AeConfig> session, AeConfig initial, DataKind initialKind) {
        this(session, initial, initialKind, Platform::runLater);
    }

    /** @param uiThread runs what results change on the JavaFX thread */
    public AeTabViewModel(Session<AeConfig> session, AeConfig initial, DataKind initialKind, Executor uiThread) {
        super(AeFamily.INSTANCE, session, initial, initialKind);
        this.uiThread = uiThread;
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

    /** The latest probe of what pretraining buys, or null until one ran on the current model. */
    public ReadOnlyObjectProperty<PretrainingProbe.Result> probeResultProperty() {
        return probeResult;
    }

    /**
     * Trains softmax classifiers on {@value #PROBE_LABELS} labelled images from the current encoder (frozen and
     * fine-tuned) and from scratch, on the engine thread; the result arrives on the JavaFX thread.
     */
    public void probePretraining() {
        session.runTask(I18n.get("task.probe"), (experiment, progress) -> {
            PretrainingProbe.Result result = ((AeExperiment) experiment).probe(PROBE_LABELS, PROBE_STEPS);
            uiThread.execute(() -> probeResult.set(result));
        });
    }

    @Override
    protected void afterReset() {
        probeResult.set(null);
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
