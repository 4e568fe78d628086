package org.generativa.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import org.generativa.train.SessionStatus;
import org.generativa.train.StepKind;

/** What the toolbar, the Train menu and the status bar drive on the selected family tab. */
public interface TrainingControls {

    void play();

    void pause();

    default void togglePlay() {
        if (playingProperty().get()) {
            pause();
        } else {
            play();
        }
    }

    void step(StepKind kind);

    void reset();

    /** Whether steps can update one player alone (D only, G only). */
    boolean adversarial();

    ReadOnlyBooleanProperty playingProperty();

    ReadOnlyObjectProperty<SessionStatus> statusProperty();

    /** Why a run stopped or paused by itself (it diverged, the engine failed), in full; empty otherwise. */
    static ObservableValue<String> problemOf(ObservableValue<SessionStatus> status) {
        return status.map(s -> s.message() == null ? "" : I18n.of(s.message())).orElse("");
    }
}
