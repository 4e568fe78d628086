package org.generativa.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;

/** A run that File › Save Run writes into one file, to hand in or to open elsewhere. */
public interface SavableRun {

    /** A file name that says what the run is: model, data and step. */
    String suggestedFileName();

    /**
     * Writes the run as it is now into {@code file}; on the JavaFX thread afterwards, {@code saved} gets the file,
     * or {@code problem} one sentence saying why it could not be written.
     */
    void saveRun(Path file, Consumer<Path> saved, Consumer<String> problem);

    /** Whether the run has trained since it was built, opened or last saved. */
    boolean hasUnsavedTraining();
}
