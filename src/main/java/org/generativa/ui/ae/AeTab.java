package org.generativa.ui.ae;

import java.util.List;
import java.util.prefs.Preferences;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeFamily;
import org.generativa.autoencoder.AeReport;
import org.generativa.data.DataKind;
import org.generativa.preview.Report;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.family.FamilyTab;
import org.generativa.ui.family.FamilyTabKind;
import org.generativa.ui.widgets.LookForPanel;

/** The Autoencoders tab: settings on the left, reconstructions, prior samples and loss terms beside them. */
public final class AeTab extends FamilyTab {

    /** How the window builds this tab. */
    public static final FamilyTabKind<AeConfig, AeTabViewModel> KIND = new FamilyTabKind<>(AeFamily.INSTANCE,
            AeTabViewModel.initialConfig(), AeTabViewModel.INITIAL_KIND,
            session -> new AeTabViewModel(session, AeTabViewModel.initialConfig(), AeTabViewModel.INITIAL_KIND),
            (model, appearance) -> new AeTab(model, appearance, appearance.preferences()), "latent.source.ae");

    private final AeTabViewModel model;
    private final AeLiveView live;

    public AeTab(AeTabViewModel model, Appearance appearance, Preferences preferences) {
        super("tab.ae", "ae-tab");
        this.model = model;
        live = new AeLiveView(appearance, model::measurePriorSamples, model::probePretraining, model::togglePin);
        live.configure(model.draftProperty().get());
        Runnable showProbe = () -> live.showProbe(model.dataKind() == DataKind.IMAGES
                && !model.draftProperty().get().variant().generative(), model.probeResultProperty().get());
        showProbe.run();
        model.probeResultProperty().addListener((o, a, b) -> showProbe.run());
        model.draftProperty().addListener((o, a, b) -> showProbe.run());
        model.draftProperty().addListener((o, a, b) -> {
            if (a == null || a.variant() != b.variant() || a.linear() != b.linear()) {
                live.configure(b);
            }
        });
        start(model, new AeSettingsPanel(model, appearance, preferences), live, LookForPanel.of("look.ae", preferences));
    }

    @Override
    public void report(Report report) {
        if (report instanceof AeReport ae) {
            live.report(ae, model.draftProperty().get());
        }
    }

    public AeLiveView live() {
        return live;
    }

    @Override
    protected List<String> keyMetrics() {
        return List.of("loss", "psnr_out", "active_units");
    }
}
