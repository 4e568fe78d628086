package org.generativa.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;

/** A run that File › Save Run writes into one file, to hand in or to open elsewhere. */
public interface SavableRun {

    /** A file name that says what the run is: model, data and step. */
    String suggestedFileName();

    /** Writes the run as it is now into {@code file}; a failure reaches {@code problem} on the JavaFX thread. */
    void saveRun(Path file, Consumer<String> problem);
}
