package org.generativa.ui.shell;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.generativa.common.TempFolders;
import org.generativa.run.RunArchive;
import org.generativa.ui.common.Appearance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application. */
public final class DesktopApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private AppShell shell;

    public static void start(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught exception on {}", thread.getName(), e));
        sweepTemporaryFolders();
        // SIGTERM or the desktop session ending: the engine threads leave libtorch before the process tears it down.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            AppShell current = shell;
            if (current != null) {
                current.stopEngines();
            }
            TempFolders.releaseAll();
        }, "generativa-shutdown"));
        Appearance appearance = Appearance.fromUserPreferences();
        appearance.applyTheme();
        shell = new AppShell(stage, appearance);
        stage.setOnCloseRequest(e -> {
            if (!shell.confirmQuit()) {
                e.consume();
                return;
            }
            shell.close();
            Platform.exit();
        });
        shell.open(window -> getParameters().getRaw().stream().filter(RunArchive::isRunFileName).findFirst()
                .ifPresent(file -> window.runFiles().open(Path.of(file))));
    }

    /** What a crashed or killed earlier start left in the temporary folder (unpacked runs, say) goes, off the UI thread. */
    private static void sweepTemporaryFolders() {
        Thread sweeper = new Thread(() -> {
            int removed = TempFolders.sweep();
            if (removed > 0) {
                LOG.info("Removed {} temporary folders that earlier runs of the app left behind", removed);
            }
        }, "generativa-sweep");
        sweeper.setDaemon(true);
        sweeper.start();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        TempFolders.releaseAll();
        // The engine's native threads must not keep the process alive after the window closes.
        System.exit(0);
    }
}
