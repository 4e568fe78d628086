package org.generativa.ui.family;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.family.ModelFamily;
import org.generativa.preview.Preview;
import org.generativa.preview.Report;
import org.generativa.run.RunArchive;
import org.generativa.run.RunCheckpoint;
import org.generativa.run.RunFile;
import org.generativa.train.Choice;
import org.generativa.train.EngineState;
import org.generativa.train.FeedFrame;
import org.generativa.train.FeedItem;
import org.generativa.train.Hyperparameter;
import org.generativa.train.MetricHistory;
import org.generativa.train.MetricPoint;
import org.generativa.train.RecordedMetrics;
import org.generativa.train.Session;
import org.generativa.train.SessionStatus;
import org.generativa.train.Setting;
import org.generativa.train.StepKind;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.SavableRun;
import org.generativa.ui.common.TrainingControls;

/**
 * What every model-family tab has: the settings the user has entered ({@link #draftProperty}) and the
 * ones the running model was built with, play/pause/step/reset on its training session, and the
 * per-frame hand-over of what the engine published. Live settings go to the session at once;
 * structural ones (those in the family's {@code structure} key) wait for {@link #reset()}.
 */
public abstract class FamilyTabModel<C> implements TrainingControls, SavableRun {

    /** Receives what the feed delivered in one frame. */
    public interface FrameListener {
        void restarted(List<String> metricNames);

        void metrics(List<MetricPoint> points);

        void preview(Preview preview);

        void report(Report report);

        default void sidePreview(Preview preview) {
        }
    }

    protected final Session<C> session;
    private final ModelFamily<C> family;
    private final ObjectProperty<C> draft = new SimpleObjectProperty<>();
    private final ObjectProperty<C> built = new SimpleObjectProperty<>();
    private final BooleanProperty resetPending = new SimpleBooleanProperty();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>();
    private final MetricHistory history = new MetricHistory(MetricHistory.VIEW_CAPACITY);
    private List<String> metricNames = List.of();
    private RecordedMetrics replay;
    private long replayFrom;
    private FrameListener listener = new FrameListener() {
        @Override
        public void restarted(List<String> metricNames) {
        }

        @Override
        public void metrics(List<MetricPoint> points) {
        }

        @Override
        public void preview(Preview preview) {
        }

        @Override
        public void report(Report report) {
        }
    };
    private Preview lastPreview;
    private Preview lastSidePreview;
    private Report lastReport;
    private final ObjectProperty<RecordedMetrics> pinned = new SimpleObjectProperty<>();
    private final List<MetricsObserver> observers = new ArrayList<>();
    private final ObservableSet<String> locked = FXCollections.observableSet();
    private final ObservableSet<String> lockedView = FXCollections.unmodifiableObservableSet(locked);
    private final ObservableSet<String> hidden = FXCollections.observableSet();
    private final ObservableSet<String> hiddenView = FXCollections.unmodifiableObservableSet(hidden);
    private DiscardGuard guard = DiscardGuard.ALLOW;
    /** The step the run was at when it was built, opened or last saved. */
    private long savedStep;
    private DataKind dataKind;

    protected FamilyTabModel(ModelFamily<C> family, Session<C> session, C initial, DataKind initialKind) {
        this.family = family;
        this.session = session;
        this.dataKind = initialKind;
        draft.set(initial);
        built.set(initial);
        status.set(session.feed().status());
        draft.addListener((o, a, b) -> resetPending.set(!family.sameStructure(built.get(), b)));
        built.addListener((o, a, b) -> resetPending.set(!family.sameStructure(b, draft.get())));
    }

    public ModelFamily<C> family() {
        return family;
    }

    public DataKind dataKind() {
        return dataKind;
    }

    /**
     * Hands the frames to {@code listener} from now on, after what there is already: the run's metric names, its
     * history, the newest previews and report. A view built again (another language) shows the same run.
     */
    public void setFrameListener(FrameListener listener) {
        this.listener = listener;
        if (!metricNames.isEmpty()) {
            lastReport = null;
            listener.restarted(metricNames);
            for (MetricsObserver observer : List.copyOf(observers)) {
                observer.restarted(metricNames);
            }
            if (!history.points().isEmpty()) {
                listener.metrics(List.copyOf(history.points()));
            }
        }
        if (lastPreview != null) {
            listener.preview(lastPreview);
        }
        if (lastSidePreview != null) {
            listener.sidePreview(lastSidePreview);
        }
        if (lastReport != null) {
            listener.report(lastReport);
        }
    }

    /** A run kept to compare the next ones with (drawn dashed under them), or null. */
    public ReadOnlyObjectProperty<RecordedMetrics> pinnedProperty() {
        return pinned;
    }

    /** Keeps the run as it is now to compare the next ones with, or lets the kept one go. */
    public void togglePin() {
        pinned.set(pinned.get() == null ? recorded() : null);
    }

    public ReadOnlyObjectProperty<C> draftProperty() {
        return draft;
    }

    protected C draft() {
        return draft.get();
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

    /** Why training stopped or paused by itself, in full; empty otherwise. */
    public ObservableValue<String> problemProperty() {
        return TrainingControls.problemOf(status);
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

    /** Starts over with fresh weights and every setting applied. */
    @Override
    public void reset() {
        pause();
        session.reset(draft.get());
        built.set(draft.get());
        afterReset();
    }

    /** A family's own follow-up once a reset has been sent (the engine runs it afterwards). */
    protected void afterReset() {
    }

    public void setTargetSteps(long steps) {
        session.setTargetSteps(steps);
    }

    /** Training pauses by itself once the model has played this long ("train for two minutes"); 0: no limit. */
    public void setTimeLimit(long millis) {
        session.setTimeLimit(millis);
    }

    /** A built-in set from the quick list (its kind is known without loading it). */
    public void selectBuiltIn(DataSpec spec) {
        BuiltInDatasets.entries().stream().filter(e -> e.name().equals(spec.source())).findFirst()
                .ifPresent(e -> selectDataset(spec, e.kind()));
    }

    /** Who is asked before a change throws a trained run away. */
    public void setDiscardGuard(DiscardGuard guard) {
        this.guard = guard;
    }

    /** Whether the trained run may go: asks when it has unsaved training, and pins it when the user says so. */
    private boolean mayDiscard() {
        if (!hasUnsavedTraining()) {
            return true;
        }
        DiscardGuard.Answer answer = guard.ask(status.get().step() - Math.max(0, savedStep));
        if (answer == DiscardGuard.Answer.PIN_AND_DISCARD) {
            pinned.set(recorded());
        }
        return answer != DiscardGuard.Answer.CANCEL;
    }

    @Override
    public boolean hasUnsavedTraining() {
        SessionStatus now = status.get();
        return now != null && now.step() > 0 && now.step() != savedStep;
    }

    /** Who follows the run's step values beside the view (an exercise's progress). */
    public interface MetricsObserver {
        void restarted(List<String> metricNames);

        void metrics(List<MetricPoint> points);

        /** A measurement the run took (sample quality, modes captured), a couple of seconds apart. */
        default void measured(long step, Report report) {
        }
    }

    public void addMetricsObserver(MetricsObserver observer) {
        observers.add(observer);
    }

    public void removeMetricsObserver(MetricsObserver observer) {
        observers.remove(observer);
    }

    /**
     * Starts an exercise here: {@code model}'s defaults for {@code dataset} with the exercise's {@code settings} (by
     * command-line key) applied, a reset, then its locked and hidden controls. Returns false when the user kept the
     * trained run instead.
     */
    public boolean startExercise(String model, DataSpec dataset, DataKind kind, Map<String, String> settings,
            Collection<String> lockedControls, Collection<String> hiddenControls) {
        if (!mayDiscard()) {
            return false;
        }
        restrict(List.of(), List.of());
        draft.set(family.applySettings(family.defaults(model, dataset, kind), settings, model));
        dataKind = kind;
        reset();
        restrict(lockedControls, hiddenControls);
        return true;
    }

    /** An exercise step's settings (by command-line key) on top of the current ones, then a fresh model; locks stay. */
    public void applyExerciseSettings(Map<String, String> settings) {
        C current = draft.get();
        draft.set(family.applySettings(current, settings, family.modelName(current)));
        reset();
    }

    /**
     * Locks controls, as an exercise does: {@code model}, {@code dataset} or a setting's command-line key. A change to
     * a locked control is refused here, whatever view asks for it; the views show them as not editable.
     */
    public void lock(Collection<String> controls) {
        restrict(controls, List.of());
    }

    /**
     * Locks {@code lockedControls} and hides {@code hiddenControls}, as an exercise does. A hidden control is locked
     * too: what the student cannot see stays as the exercise set it.
     */
    public void restrict(Collection<String> lockedControls, Collection<String> hiddenControls) {
        Set<String> all = new HashSet<>(lockedControls);
        all.addAll(hiddenControls);
        locked.retainAll(all);
        locked.addAll(all);
        hidden.retainAll(hiddenControls);
        hidden.addAll(hiddenControls);
    }

    public ObservableSet<String> lockedControls() {
        return lockedView;
    }

    public ObservableSet<String> hiddenControls() {
        return hiddenView;
    }

    /** Switching data needs a new model: the family's defaults for that kind of data, then a reset. */
    public void selectDataset(DataSpec spec, DataKind kind) {
        if (locked.contains("dataset") || spec.equals(family.dataset(draft.get())) || !mayDiscard()) {
            return;
        }
        draft.set(family.withData(draft.get(), spec, kind));
        dataKind = kind;
        reset();
    }

    /** Another model of the family needs new networks: its published settings replace the current ones (seed kept). */
    public void selectModel(String name) {
        if (!locked.contains("model") && !name.equals(family.modelName(draft.get())) && mayDiscard()) {
            draft.set(family.withModel(draft.get(), name, dataKind));
            reset();
        }
    }

    /** A value the settings form accepted: at once on the running model when the setting applies live. */
    public void accept(Hyperparameter<C> parameter, Number value) {
        change(parameter, parameter.with(draft.get(), value));
    }

    /** Picks {@code value} for {@code choice}: at once on the running model when the choice applies live. */
    public <V> void choose(Choice<C, V> choice, V value) {
        if (!value.equals(choice.get(draft.get()))) {
            change(choice, choice.with(draft.get(), value));
        }
    }

    /** Takes {@code config}, which changes {@code setting} and proposes other settings to go with it. */
    protected void propose(Setting<C> setting, C config) {
        change(setting, config);
    }

    private void change(Setting<C> setting, C config) {
        if (locked.contains(setting.key())) {
            return;
        }
        draft.set(config);
        if (setting.applies() == Setting.Applies.LIVE) {
            session.applyLive(config);
        }
    }

    /** The newest sample picture of the run, or null before its first. */
    public Preview latestPreview() {
        return lastPreview;
    }

    /**
     * The run's settings as the command line writes them: those that differ from its model's defaults for its data,
     * and those in {@code always}.
     */
    public Map<String, String> settingTexts(Set<String> always) {
        C config = built.get();
        String model = family.modelName(config);
        return family.settingTexts(config, family.defaults(model, family.dataset(config), dataKind()), always);
    }

    /** The run's model and data, as the command line names them. */
    public String modelName() {
        return family.modelName(built.get());
    }

    public String datasetName() {
        return Path.of(family.dataset(built.get()).source()).getFileName().toString();
    }

    /** The metric history of the run since it was built (or of the saved run it continues). */
    public RecordedMetrics recorded() {
        return new RecordedMetrics(metricNames, List.copyOf(history.points()));
    }

    @Override
    public String suggestedFileName() {
        C config = draft.get();
        String name = family.modelName(config) + "-" + Path.of(family.dataset(config).source()).getFileName() + "-step"
                + status.get().step();
        return name.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT) + "." + RunArchive.EXTENSION;
    }

    @Override
    public void saveRun(Path file, Consumer<Path> saved, Consumer<String> problem) {
        RecordedMetrics metrics = recorded();
        C config = built.get();
        session.withExperiment(experiment -> {
            try {
                RunFile.save(family, experiment, config, metrics, file);
                long step = experiment.steps();
                Platform.runLater(() -> {
                    savedStep = step;
                    saved.accept(file);
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> problem.accept(I18n.format("run.saveFailed", file, I18n.error(e))));
            }
        });
    }

    /** Whether this tab continues runs of {@code opened}'s family. */
    public boolean opens(RunFile.Opened opened) {
        return opened.checkpoint().as(family).isPresent();
    }

    /** Continues a saved run of this tab's family: its settings, weights, step count and charts replace the current run. */
    public void openRun(RunFile.Opened opened, DataKind kind) {
        RunCheckpoint<C> run = opened.checkpoint().as(family).orElseThrow(
                () -> new IllegalArgumentException("a " + opened.checkpoint().family().id() + " run in the " + family.id() + " tab"));
        pause();
        C config = run.config();
        dataKind = kind;
        draft.set(config);
        built.set(config);
        replay = opened.metrics();
        replayFrom = opened.manifest().steps();
        savedStep = opened.manifest().steps();
        session.resetFrom(config, run.factory(), opened.manifest().steps());
        afterReset();
    }

    /** Called once per UI frame: hands what the engine published to the view. */
    public void pump() {
        FeedFrame frame = session.feed().takeFrame();
        List<MetricPoint> replayed = List.of();
        for (FeedItem.Restart restart : frame.restarts()) {
            history.clear();
            metricNames = restart.metricNames();
            lastReport = null;
            listener.restarted(metricNames);
            for (MetricsObserver observer : List.copyOf(observers)) {
                observer.restarted(metricNames);
            }
            replayed = List.of();
            // Only the restart of the reopened run itself takes its history: one still queued from before
            // (the model built at start-up, say) must not use it up.
            if (replay != null && restart.fromStep() == replayFrom) {
                if (replay.names().equals(metricNames)) {
                    replayed = replay.points();
                }
                replay = null;
            }
        }
        List<MetricPoint> points = new ArrayList<>(replayed);
        points.addAll(frame.points());
        history.addAll(points);
        if (!points.isEmpty()) {
            listener.metrics(points);
            for (MetricsObserver observer : List.copyOf(observers)) {
                observer.metrics(points);
            }
        }
        if (frame.preview() != null) {
            lastPreview = frame.preview();
            listener.preview(lastPreview);
        }
        if (frame.sidePreview() != null) {
            lastSidePreview = frame.sidePreview();
            listener.sidePreview(lastSidePreview);
        }
        if (frame.report() != null) {
            lastReport = frame.report();
            listener.report(lastReport);
            for (MetricsObserver observer : List.copyOf(observers)) {
                observer.measured(frame.status().step(), lastReport);
            }
        }
        SessionStatus now = frame.status();
        if (now != status.get()) {
            status.set(now);
            if (now.state() != EngineState.TRAINING && now.state() != EngineState.LOADING && playing.get()
                    && (now.message() != null || (now.targetSteps() > 0 && now.step() >= now.targetSteps()))) {
                playing.set(false);
            }
        }
    }
}
