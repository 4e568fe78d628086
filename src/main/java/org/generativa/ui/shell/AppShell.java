package org.generativa.ui.shell;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeFamily;
import org.generativa.common.StartupTrace;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanFamily;
import org.generativa.train.TrainingSession;
import org.generativa.ui.ae.AeTabViewModel;
import org.generativa.ui.common.Appearance;
import org.generativa.ui.common.I18n;
import org.generativa.ui.gan.GanTabViewModel;
import org.generativa.ui.lab.LabTabViewModel;
import org.generativa.ui.latent.LatentSource;
import org.generativa.ui.latent.LatentTabViewModel;

/**
 * Builds the window around a stage and owns the training session behind it. The window is shown
 * first; the engine then loads on the ML thread.
 */
public final class AppShell {

    private final TrainingSession<GanConfig> session;
    private final TrainingSession<AeConfig> aeSession;
    private final MainWindow window;

    public AppShell(Stage stage, Appearance appearance) {
        GanConfig initial = GanTabViewModel.initialConfig();
        session = new TrainingSession<>(GanFamily.INSTANCE.factory(), initial, initial.threads());
        GanTabViewModel gan = new GanTabViewModel(session, initial, GanTabViewModel.INITIAL_KIND);
        AeConfig aeInitial = AeTabViewModel.initialConfig();
        aeSession = new TrainingSession<>(AeFamily.INSTANCE.factory(), aeInitial, aeInitial.threads());
        AeTabViewModel ae = new AeTabViewModel(aeSession, aeInitial, AeTabViewModel.INITIAL_KIND);
        LatentTabViewModel latent = new LatentTabViewModel(
                new LatentSource(I18n.get("latent.source.gan"), session, GanFamily.INSTANCE, false),
                new LatentSource(I18n.get("latent.source.ae"), aeSession, AeFamily.INSTANCE, false));
        window = new MainWindow(stage, gan, ae, latent, new LabTabViewModel(), appearance);
    }

    /** Shows the window, then starts loading the engine. */
    public void open(Stage stage) {
        stage.show();
        StartupTrace.mark(StartupTrace.WINDOW_SHOWN);
        if (StartupTrace.enabled()) {
            session.onRebuild(experiment -> StartupTrace.mark(StartupTrace.ENGINE_READY));
        }
        session.start();
        aeSession.start();
    }

    MainWindow window() {
        return window;
    }

    /** Stops training and frees the engine; returns within about two seconds. */
    public boolean close() {
        window.ganTab().stopPump();
        window.aeTab().stopPump();
        window.latentTab().stop();
        boolean labStopped = window.labTab().stop();
        try {
            boolean ganStopped = session.stop(2, TimeUnit.SECONDS);
            return aeSession.stop(2, TimeUnit.SECONDS) && ganStopped && labStopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
