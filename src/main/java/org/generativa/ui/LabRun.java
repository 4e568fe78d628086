package org.generativa.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.generativa.gan.GanConfig;
import org.generativa.lab.CollapseDetector;
import org.generativa.lab.LabExperiment;
import org.generativa.lab.LabPreset;
import org.generativa.lab.ToyFrame;
import org.generativa.preview.Preview;
import org.generativa.train.FeedItem;
import org.generativa.train.MetricPoint;
import org.generativa.train.SessionStatus;
import org.generativa.train.StepKind;
import org.generativa.train.TrainingSession;

/** One run of the lab: a preset's GAN on its own engine thread, its newest frame and its metric history. */
final class LabRun {

    /** Frames are published this often while training: about as often as the screen is drawn (30 a second). */
    static final long FRAME_MILLIS = 30;

    private final LabPreset preset;
    private final TrainingSession<GanConfig> session;
    private final ObjectProperty<GanConfig> config = new SimpleObjectProperty<>();
    private final ObjectProperty<ToyFrame> frame = new SimpleObjectProperty<>();
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty();
    private final List<MetricPoint> history = new ArrayList<>();
    private final List<FeedItem> drained = new ArrayList<>();
    private CollapseDetector detector = new CollapseDetector();
    private List<String> metricNames = List.of();
    private long frames;
    private boolean restarted;

    LabRun(LabPreset preset, GanConfig initial) {
        this.preset = preset;
        this.session = new TrainingSession<>(LabExperiment.factory(), initial, initial.threads());
        session.setPreviewInterval(FRAME_MILLIS);
        config.set(initial);
        status.set(session.feed().status());
        session.start();
    }

    LabPreset preset() {
        return preset;
    }

    String title() {
        return I18n.get("lab.preset." + preset.cliName());
    }

    ReadOnlyObjectProperty<GanConfig> configProperty() {
        return config;
    }

    ReadOnlyObjectProperty<ToyFrame> frameProperty() {
        return frame;
    }

    ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status;
    }

    /** A sentence when the modes captured fell (mode collapse under way), else null. */
    StringProperty noticeProperty() {
        return notice;
    }

    List<String> metricNames() {
        return metricNames;
    }

    List<MetricPoint> history() {
        return history;
    }

    /** Frames received so far (the canvas redraws once per frame). */
    long frames() {
        return frames;
    }

    /** Whether the run restarted since the last call (its history was cleared). */
    boolean takeRestarted() {
        boolean was = restarted;
        restarted = false;
        return was;
    }

    void play() {
        session.play();
    }

    void pause() {
        session.pause();
    }

    void step(StepKind kind) {
        session.step(kind);
    }

    void setPace(double stepsPerSecond) {
        session.setPace(stepsPerSecond);
    }

    /** Settings that can change mid-run apply at once; the others restart this run with fresh weights. */
    void apply(GanConfig next, boolean restart) {
        config.set(next);
        if (restart) {
            session.reset(next);
        } else {
            session.applyLive(next);
        }
    }

    void reset() {
        session.reset(config.get());
    }

    /**
     * Takes what the engine published since the last frame; returns the new metric points (empty after a
     * restart, which also clears the history).
     */
    List<MetricPoint> pump() {
        drained.clear();
        session.feed().drainTo(drained);
        List<MetricPoint> fresh = new ArrayList<>();
        for (FeedItem item : drained) {
            if (item instanceof FeedItem.Restart restart) {
                metricNames = restart.metricNames();
                restarted = true;
                history.clear();
                fresh.clear();
                detector = new CollapseDetector();
                notice.set(null);
            } else {
                MetricPoint point = ((FeedItem.Point) item).point();
                history.add(point);
                fresh.add(point);
                watchModes(point);
            }
        }
        Preview preview = session.feed().takePreview();
        if (preview instanceof ToyFrame next) {
            frame.set(next);
            frames++;
        }
        SessionStatus now = session.feed().status();
        if (now != status.get()) {
            status.set(now);
        }
        return fresh;
    }

    private void watchModes(MetricPoint point) {
        int column = metricNames.indexOf(LabExperiment.MODES);
        double modes = column < 0 ? Double.NaN : point.values()[column];
        if (!Double.isNaN(modes)) {
            detector.add(point.step(), (int) modes).ifPresent(fell -> notice.set(
                    I18n.format("lab.collapse", fell.from(), fell.to(), String.format("%,d", fell.step()))));
        }
    }

    boolean stop() throws InterruptedException {
        return session.stop(2, java.util.concurrent.TimeUnit.SECONDS);
    }
}
