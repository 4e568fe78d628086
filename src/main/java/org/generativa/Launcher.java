package org.generativa;

import java.io.PrintWriter;
import org.generativa.cli.GenerativaCli;
import org.generativa.nn.Backend;
import org.generativa.run.RunArchive;
import org.generativa.ui.shell.DesktopApp;

/**
 * Entry point: without arguments the desktop app opens, with a run file as the only argument (how a file
 * manager opens one) the app opens it, with other arguments a headless command runs.
 * This class must not extend a JavaFX type, so that the app starts from the class path.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Backend.configureOffline();
        if (opensWindow(args)) {
            DesktopApp.start(args);
            return;
        }
        int code = GenerativaCli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0 || (args.length == 1 && RunArchive.isRunFileName(args[0]));
    }
}
