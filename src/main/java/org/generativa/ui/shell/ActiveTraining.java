package org.generativa.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.generativa.train.SessionStatus;
import org.generativa.train.StepKind;
import org.generativa.ui.common.TrainingControls;

/**
 * The training the toolbar, the Train menu and the status bar drive: the selected tab's. Switching pauses the
 * previous one, so one model trains at a time. It outlives the window's views, which bind to it.
 */
final class ActiveTraining {

    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final BooleanProperty adversarial = new SimpleBooleanProperty(true);
    private final BooleanProperty inFront = new SimpleBooleanProperty(true);
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>();
    private final ChangeListener<SessionStatus> statusListener = (o, a, b) -> status.set(b);
    private final ChangeListener<Boolean> playingListener = (o, a, b) -> playing.set(b);
    private TrainingControls controls;

    void activate(TrainingControls next) {
        if (controls != null) {
            controls.statusProperty().removeListener(statusListener);
            controls.playingProperty().removeListener(playingListener);
            if (controls != next) {
                controls.pause();
            }
        }
        controls = next;
        next.statusProperty().addListener(statusListener);
        next.playingProperty().addListener(playingListener);
        playing.set(next.playingProperty().get());
        adversarial.set(next.adversarial());
        status.set(next.statusProperty().get());
    }

    TrainingControls controls() {
        return controls;
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    /** Whether steps can update one player alone (D only, G only). */
    ReadOnlyBooleanProperty adversarialProperty() {
        return adversarial;
    }

    /**
     * Whether the tab in front trains this model (the latent tab, say, has its own controls: the window's Play, Step
     * and Reset step aside there).
     */
    BooleanProperty inFrontProperty() {
        return inFront;
    }

    ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status;
    }

    void togglePlay() {
        controls.togglePlay();
    }

    void step(StepKind kind) {
        controls.step(kind);
    }

    void reset() {
        controls.reset();
    }
}
