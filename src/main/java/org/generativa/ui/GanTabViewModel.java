package org.generativa.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.gan.SampleQualityMonitor;
import org.generativa.metrics.ClassifierCache;
import org.generativa.train.TrainingSession;

/** State and commands of the GAN tab: model, loss, tricks and class coverage on top of what every family tab has. */
public final class GanTabViewModel extends FamilyTabModel<GanConfig> {

    public static final DataKind INITIAL_KIND = DataKind.IMAGES;

    private final SampleQualityMonitor quality = new SampleQualityMonitor(ClassifierCache.standard());
    private final BooleanProperty qualityEnabled = new SimpleBooleanProperty();
    private final BooleanProperty qualityApplies = new SimpleBooleanProperty();

    public GanTabViewModel(TrainingSession<GanConfig> session, GanConfig initial, DataKind initialKind) {
        super(session, initial, initialKind, GanConfig::structure);
        qualityApplies.set(initialKind == DataKind.IMAGES);
    }

    public static GanConfig initialConfig() {
        return GanConfig.defaultsFor("digits", INITIAL_KIND);
    }

    @Override
    public boolean adversarial() {
        return true;
    }

    @Override
    protected void afterReset() {
        qualityApplies.set(dataKind() == DataKind.IMAGES);
        if (qualityEnabled.get() && qualityApplies.get()) {
            prepareQuality();
        }
    }

    /** Turns on class coverage: the reference classifier is loaded (or trained, once per dataset) on the engine thread. */
    public void measureQuality() {
        qualityEnabled.set(true);
        prepareQuality();
    }

    private void prepareQuality() {
        session.runTask(I18n.get("task.classifier"), (experiment, progress) ->
                quality.prepare((GanExperiment) experiment, progress));
    }

    public boolean qualityApplies() {
        return qualityApplies.get();
    }

    public ReadOnlyBooleanProperty qualityAppliesProperty() {
        return qualityApplies;
    }

    public ReadOnlyBooleanProperty qualityEnabledProperty() {
        return qualityEnabled;
    }

    /** A new model kind needs new networks: its published settings replace the current ones (seed kept). */
    public void selectModel(GanModelKind model) {
        if (model != draft().model()) {
            replaceAndReset(GanConfig.defaultsFor(model, draft().dataset(), dataKind()).withSeed(draft().seed()));
        }
    }

    /** Minibatch discrimination changes D's architecture: it applies on Reset. */
    public void setMinibatchStd(boolean on) {
        update(draft().withTricks(draft().tricks().withMinibatchStd(on)), false);
    }

    public void selectLoss(GanLoss loss) {
        update(draft().withLoss(loss), true);
    }

    @Override
    protected DataSpec datasetOf(GanConfig config) {
        return config.dataset();
    }

    /** That data's defaults, seed and (where it still applies) loss kept; dcgan falls back to gan on non-images. */
    @Override
    protected GanConfig withNewData(GanConfig current, DataSpec spec, DataKind kind) {
        GanModelKind model = current.model().needsImages() && kind != DataKind.IMAGES ? GanModelKind.GAN : current.model();
        GanConfig fresh = GanConfig.defaultsFor(model, spec, kind).withSeed(current.seed());
        return current.loss().hasTargets() == fresh.loss().hasTargets() ? fresh.withLoss(current.loss()) : fresh;
    }
}
