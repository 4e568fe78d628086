package org.generativa.train.archfixture;

import javafx.scene.control.Label;

/** Deliberately wrong, never run: the training core drawing a label. */
public final class TrainingReachesIntoJavaFx {

    Label label() {
        return new Label("step");
    }
}
