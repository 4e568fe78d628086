package org.generativa.ui.lab;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.generativa.gan.GanConfig;
import org.generativa.lab.CollapseDetector;
import org.generativa.lab.LabExperiment;
import org.generativa.lab.LabPreset;
import org.generativa.lab.ToyFrame;
import org.generativa.train.FeedFrame;
import org.generativa.train.MetricHistory;
import org.generativa.train.MetricPoint;
import org.generativa.train.Session;
import org.generativa.train.SessionStatus;
import org.generativa.train.StepKind;
import org.generativa.train.TrainingSession;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.TrainingControls;

/** One run of the lab: a preset's GAN on its own engine thread, its newest frame and its metric history. */
public final class LabRunViewModel {

    /** Frames are published this often while training: about as often as the screen is drawn (30 a second). */
    static final long FRAME_MILLIS = 30;

    private final LabPreset preset;
    private final Session<GanConfig> session;
    private final ObjectProperty<GanConfig> config = new SimpleObjectProperty<>();
    private final ObjectProperty<ToyFrame> frame = new SimpleObjectProperty<>();
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty();
    private final MetricHistory history = new MetricHistory(MetricHistory.VIEW_CAPACITY);
    private CollapseDetector detector = new CollapseDetector();
    private final List<CollapseDetector.Notice> falls = new ArrayList<>();
    private CollapseDetector.Notice fall;
    private List<String> metricNames = List.of();
    private long frames;
    private boolean restarted;

    LabRunViewModel(LabPreset preset, GanConfig initial) {
        this(preset, initial, labSession(initial));
    }

    /** A run on {@code session}, which it starts. */
    LabRunViewModel(LabPreset preset, GanConfig initial, Session<GanConfig> session) {
        this.preset = preset;
        this.session = session;
        config.set(initial);
        status.set(session.feed().status());
        session.start();
    }

    private static Session<GanConfig> labSession(GanConfig initial) {
        TrainingSession<GanConfig> session = new TrainingSession<>(LabExperiment.factory(), initial, initial.threads());
        session.setPreviewInterval(FRAME_MILLIS);
        return session;
    }

    /** Every fall of the modes captured in this run so far, oldest first (for marking on the chart). */
    public List<CollapseDetector.Notice> falls() {
        return List.copyOf(falls);
    }

    public LabPreset preset() {
        return preset;
    }

    String title() {
        return I18n.get("lab.preset." + preset.cliName());
    }

    public ReadOnlyObjectProperty<GanConfig> configProperty() {
        return config;
    }

    public ReadOnlyObjectProperty<ToyFrame> frameProperty() {
        return frame;
    }

    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status;
    }

    /** Why this run stopped or paused by itself (it diverged, the engine failed), in full; empty otherwise. */
    ObservableValue<String> problemProperty() {
        return TrainingControls.problemOf(status);
    }

    /** A sentence when the modes captured fell (mode collapse under way), else null. */
    ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    List<String> metricNames() {
        return metricNames;
    }

    public List<MetricPoint> history() {
        return history.points();
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
     * Takes what the engine published since the last frame; returns the new metric points of the newest run (a
     * restart clears the history, and {@link #takeRestarted} says so).
     */
    List<MetricPoint> pump() {
        FeedFrame next = session.feed().takeFrame();
        if (!next.restarts().isEmpty()) {
            metricNames = next.restarts().get(next.restarts().size() - 1).metricNames();
            restarted = true;
            history.clear();
            detector = new CollapseDetector();
            falls.clear();
            fall = null;
            notice.set(null);
        }
        history.addAll(next.points());
        next.points().forEach(this::watchModes);
        if (next.preview() instanceof ToyFrame toy) {
            frame.set(toy);
            frames++;
        }
        if (next.status() != status.get()) {
            status.set(next.status());
        }
        return next.points();
    }

    /**
     * The notice describes the present: it appears when the modes captured fall clearly below their recent best and
     * goes when they come back; every fall stays in {@link #falls()}.
     */
    private void watchModes(MetricPoint point) {
        int column = metricNames.indexOf(LabExperiment.MODES);
        double modes = column < 0 ? Double.NaN : point.values()[column];
        if (Double.isNaN(modes)) {
            return;
        }
        detector.add(point.step(), (int) modes).ifPresent(noticed -> {
            fall = noticed;
            falls.add(noticed);
        });
        if (fall != null && modes > fall.from() - CollapseDetector.clearFall(fall.from())) {
            fall = null;
        }
        notice.set(fall == null ? null : I18n.format("lab.collapse.now", (int) modes, fall.from(),
                NumberFormat.getIntegerInstance(I18n.locale()).format(fall.step())));
    }

    boolean stop() throws InterruptedException {
        return session.stop(2, java.util.concurrent.TimeUnit.SECONDS);
    }
}
