package org.generativa.ui.common;

import java.util.Optional;
import org.generativa.preview.Preview;

/**
 * What the window asks of the tab in front, so that each tab answers for itself: the training the toolbar
 * drives, the samples File › Save Samples writes, the run File › Save Run saves.
 */
public interface WorkspaceTab {

    /** The training the toolbar and the Train menu drive while this tab shows; empty leaves them on the previous tab's. */
    default Optional<TrainingControls> trainingControls() {
        return Optional.empty();
    }

    /** What File › Save Samples writes while this tab shows; empty when it shows none. */
    default Optional<Preview> samples() {
        return Optional.empty();
    }

    /** The run File › Save Run writes while this tab shows; empty when it has none. */
    default Optional<SavableRun> run() {
        return Optional.empty();
    }

    /** The picture View › Presentation fills the screen with while this tab shows; empty when it has none. */
    default Optional<Presentation> presentation() {
        return Optional.empty();
    }

    /** Stops the view's own timers (the view models and their training stay); true when everything stopped in time. */
    boolean stop();
}
