package org.generativa;

import java.io.PrintWriter;
import org.generativa.cli.GenerativaCli;
import org.generativa.nn.Backend;
import org.generativa.ui.DesktopApp;

/**
 * Entry point: without arguments the desktop app opens, with arguments a headless command runs.
 * This class must not extend a JavaFX type, so that the app starts from the class path.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Backend.configureOffline();
        if (args.length == 0) {
            DesktopApp.start(args);
            return;
        }
        int code = GenerativaCli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }
}
