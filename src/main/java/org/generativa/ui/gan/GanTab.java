package org.generativa.ui.gan;

import java.util.List;
import java.util.prefs.Preferences;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanFamily;
import org.generativa.metrics.ClassCoverage;
import org.generativa.metrics.ModeCoverage;
import org.generativa.preview.Report;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.family.FamilyTab;
import org.generativa.ui.family.FamilyTabKind;
import org.generativa.ui.widgets.LookForPanel;
import org.generativa.ui.widgets.SampleImageView;
import org.generativa.ui.widgets.TrainingChart;

/** The GANs tab: settings on the left, the live view beside them. */
public final class GanTab extends FamilyTab {

    /** How the window builds this tab. */
    public static final FamilyTabKind<GanConfig, GanTabViewModel> KIND = new FamilyTabKind<>(GanFamily.INSTANCE,
            GanTabViewModel.initialConfig(), GanTabViewModel.INITIAL_KIND,
            session -> new GanTabViewModel(session, GanTabViewModel.initialConfig(), GanTabViewModel.INITIAL_KIND),
            (model, appearance) -> new GanTab(model, appearance, appearance.preferences()), "latent.source.gan");

    private final GanLiveView live;

    public GanTab(GanTabViewModel model, Appearance appearance, Preferences preferences) {
        super("tab.gan", "gan-tab");
        live = new GanLiveView(appearance, model::measureQuality, model::togglePin);
        live.coverage().idle(model.qualityApplies());
        model.qualityAppliesProperty().addListener((o, a, b) -> {
            if (!model.qualityEnabledProperty().get() || !b) {
                live.coverage().idle(b);
            }
        });
        start(model, new GanSettingsPanel(model, appearance, preferences), live, LookForPanel.of("look.gan", preferences));
    }

    @Override
    public void report(Report report) {
        if (report instanceof ClassCoverage coverage) {
            live.coverage().show(coverage);
        } else if (report instanceof ModeCoverage modes) {
            live.coverage().showModes(modes);
        }
    }

    public TrainingChart lossChart() {
        return live.lossChart();
    }

    public SampleImageView sampleImage() {
        return live.sampleImage();
    }

    @Override
    protected List<String> keyMetrics() {
        return List.of("d_real", "d_fake", "w_estimate");
    }
}
