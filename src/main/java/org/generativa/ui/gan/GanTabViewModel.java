package org.generativa.ui.gan;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.generativa.data.DataKind;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanFamily;
import org.generativa.gan.GanModelKind;
import org.generativa.gan.SampleQualityMonitor;
import org.generativa.metrics.ClassifierCache;
import org.generativa.models.BundledModels;
import org.generativa.train.Session;
import org.generativa.ui.common.I18n;
import org.generativa.ui.family.FamilyTabModel;

/** State and commands of the GAN tab: model, loss, tricks and class coverage on top of what every family tab has. */
public final class GanTabViewModel extends FamilyTabModel<GanConfig> {

    public static final DataKind INITIAL_KIND = DataKind.IMAGES;

    private final SampleQualityMonitor quality = new SampleQualityMonitor(ClassifierCache.standard(BundledModels.classifiers()));
    private final BooleanProperty qualityEnabled = new SimpleBooleanProperty();
    private final BooleanProperty qualityApplies = new SimpleBooleanProperty();

    public GanTabViewModel(Session<GanConfig> session, GanConfig initial, DataKind initialKind) {
        super(GanFamily.INSTANCE, session, initial, initialKind);
        qualityApplies.set(initialKind == DataKind.IMAGES);
        // Labelled data with a classifier at hand (shipped or cached) is measured without asking.
        session.onRebuild(experiment -> quality.attachIfCached((GanExperiment) experiment));
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

    public void selectModel(GanModelKind model) {
        selectModel(model.cliName());
    }
}
