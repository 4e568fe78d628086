package org.generativa.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanLoss;
import org.generativa.gan.SampleQualityMonitor;
import org.generativa.metrics.ClassifierCache;
import org.generativa.gan.GanModelKind;
import org.generativa.train.EngineState;
import org.generativa.train.FeedItem;
import org.generativa.train.Hyperparameter;
import org.generativa.train.MetricPoint;
import org.generativa.train.Preview;
import org.generativa.train.Report;
import org.generativa.train.SessionStatus;
import org.generativa.train.StepKind;
import org.generativa.train.TrainingSession;

/**
 * State and commands of the GAN tab. Holds the settings the user has entered ({@link #draftProperty})
 * and the ones the running model was built with; live settings go to the session at once,
 * structural ones wait for {@link #reset()}.
 */
public final class GanTabViewModel implements TrainingControls {

    /** Receives what the feed delivered in one frame. */
    interface FrameListener {
        void restarted(List<String> metricNames);

        void metrics(List<MetricPoint> points);

        void preview(Preview preview);

        void report(Report report);
    }

    private final TrainingSession<GanConfig> session;
    private final ObjectProperty<GanConfig> draft = new SimpleObjectProperty<>();
    private final ObjectProperty<GanConfig> built = new SimpleObjectProperty<>();
    private final BooleanProperty resetPending = new SimpleBooleanProperty();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>();
    private final List<FeedItem> drained = new ArrayList<>();
    private FrameListener listener;
    private final SampleQualityMonitor quality = new SampleQualityMonitor(ClassifierCache.standard());
    private final BooleanProperty qualityEnabled = new SimpleBooleanProperty();
    private final BooleanProperty qualityApplies = new SimpleBooleanProperty();
    private DataKind dataKind;

    public GanTabViewModel(TrainingSession<GanConfig> session, GanConfig initial, DataKind initialKind) {
        this.session = session;
        this.dataKind = initialKind;
        draft.set(initial);
        built.set(initial);
        status.set(session.feed().status());
        qualityApplies.set(initialKind == DataKind.IMAGES);
        draft.addListener((o, a, b) -> resetPending.set(structuralChange(built.get(), b)));
        built.addListener((o, a, b) -> resetPending.set(structuralChange(b, draft.get())));
    }

    public static final DataKind INITIAL_KIND = DataKind.IMAGES;

    public static GanConfig initialConfig() {
        return GanConfig.defaultsFor("digits", INITIAL_KIND);
    }

    public DataKind dataKind() {
        return dataKind;
    }

    void setFrameListener(FrameListener listener) {
        this.listener = listener;
    }

    public ReadOnlyObjectProperty<GanConfig> draftProperty() {
        return draft;
    }

    public ReadOnlyBooleanProperty resetPendingProperty() {
        return resetPending;
    }

    @Override
    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    @Override
    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status;
    }

    @Override
    public void play() {
        session.play();
        playing.set(true);
    }

    @Override
    public void pause() {
        session.pause();
        playing.set(false);
    }

    @Override
    public void step(StepKind kind) {
        pause();
        session.step(kind);
    }

    @Override
    public boolean adversarial() {
        return true;
    }

    /** Starts over with fresh weights and every setting applied. */
    @Override
    public void reset() {
        pause();
        session.reset(draft.get());
        built.set(draft.get());
        qualityApplies.set(dataKind == DataKind.IMAGES);
        if (qualityEnabled.get() && qualityApplies.get()) {
            prepareQuality();
        }
    }

    /** Turns on class coverage: the reference classifier is loaded (or trained, once per dataset) on the engine thread. */
    public void measureQuality() {
        qualityEnabled.set(true);
        prepareQuality();
    }

    private void prepareQuality() {
        session.runTask(I18n.get("task.classifier"), (experiment, progress) ->
                quality.prepare((GanExperiment) experiment, progress));
    }

    public boolean qualityApplies() {
        return qualityApplies.get();
    }

    public ReadOnlyBooleanProperty qualityAppliesProperty() {
        return qualityApplies;
    }

    public ReadOnlyBooleanProperty qualityEnabledProperty() {
        return qualityEnabled;
    }

    public void setTargetSteps(long steps) {
        session.setTargetSteps(steps);
    }

    /** A new model kind needs new networks: its published settings replace the current ones (seed and threads kept). */
    public void selectModel(GanModelKind model) {
        if (model == draft.get().model()) {
            return;
        }
        GanConfig current = draft.get();
        draft.set(GanConfig.defaultsFor(model, current.dataset(), dataKind).withSeed(current.seed()));
        reset();
    }

    /** Minibatch discrimination changes D's architecture: it applies on Reset. */
    public void setMinibatchStd(boolean on) {
        update(draft.get().withTricks(draft.get().tricks().withMinibatchStd(on)), false);
    }

    /** A built-in set from the quick list (its kind is known without loading it). */
    public void selectBuiltIn(DataSpec spec) {
        BuiltInDatasets.entries().stream().filter(e -> e.name().equals(spec.source())).findFirst()
                .ifPresent(e -> selectDataset(spec, e.kind()));
    }

    /** Switching data needs a new model: settings return to that data's defaults (seed, threads and loss kept). */
    public void selectDataset(DataSpec spec, DataKind kind) {
        if (spec.equals(draft.get().dataset())) {
            return;
        }
        GanConfig current = draft.get();
        GanModelKind model = current.model().needsImages() && kind != DataKind.IMAGES ? GanModelKind.GAN : current.model();
        GanConfig fresh = GanConfig.defaultsFor(model, spec, kind).withSeed(current.seed());
        draft.set(current.loss().hasTargets() == fresh.loss().hasTargets() ? fresh.withLoss(current.loss()) : fresh);
        dataKind = kind;
        reset();
    }

    public void selectLoss(GanLoss loss) {
        update(draft.get().withLoss(loss), true);
    }

    void accept(Hyperparameter<GanConfig> parameter, Number value) {
        update(parameter.with(draft.get(), value), parameter.applies() == Hyperparameter.Applies.LIVE);
    }

    private void update(GanConfig config, boolean live) {
        draft.set(config);
        if (live) {
            session.applyLive(config);
        }
    }

    /** Structural settings differ: everything except what {@code applyLive} handles. */
    private static boolean structuralChange(GanConfig a, GanConfig b) {
        return !a.structure().equals(b.structure());
    }

    /** Called once per UI frame: hands what the engine published to the view. */
    void pump() {
        drained.clear();
        session.feed().drainTo(drained);
        List<MetricPoint> points = new ArrayList<>();
        for (FeedItem item : drained) {
            if (item instanceof FeedItem.Restart restart) {
                points.clear();
                listener.restarted(restart.metricNames());
            } else {
                points.add(((FeedItem.Point) item).point());
            }
        }
        if (!points.isEmpty()) {
            listener.metrics(points);
        }
        Preview preview = session.feed().takePreview();
        if (preview != null) {
            listener.preview(preview);
        }
        Report report = session.feed().takeReport();
        if (report != null) {
            listener.report(report);
        }
        SessionStatus now = session.feed().status();
        if (now != status.get()) {
            status.set(now);
            if (now.state() != EngineState.TRAINING && now.state() != EngineState.LOADING && playing.get()
                    && (now.message() != null || (now.targetSteps() > 0 && now.step() >= now.targetSteps()))) {
                playing.set(false);
            }
        }
    }
}
