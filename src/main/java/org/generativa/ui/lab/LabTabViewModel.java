package org.generativa.ui.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.generativa.common.InvalidInputException;
import org.generativa.gan.GanConfig;
import org.generativa.lab.LabPreset;
import org.generativa.train.EngineState;
import org.generativa.train.MetricPoint;
import org.generativa.train.SessionStatus;
import org.generativa.train.StepKind;
import org.generativa.ui.common.I18n;
import org.generativa.ui.common.TrainingControls;

/**
 * The mode-collapse lab: one to four runs on the same data and seed, played and stepped together, drawn
 * with the layers the user switched on, and a slow-motion walk through one update.
 */
public final class LabTabViewModel implements TrainingControls {

    static final int MAX_RUNS = 4;
    static final List<String> DATASETS = List.of("ring8", "grid25", LabPreset.DIRAC);

    /** The canvas layers, each switched on and off by the user. */
    enum Layer { HEAT, MANIFOLD, CIRCLES, REAL, GENERATED, ARROWS }

    /** The parts of one update that slow motion walks through, in order. */
    public enum Part { REAL_BATCH, FAKE_BATCH, D_UPDATE, G_UPDATE }

    private final ObservableList<LabRunViewModel> runs = FXCollections.observableArrayList();
    private final ObjectProperty<LabRunViewModel> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LabPreset> preset = new SimpleObjectProperty<>(LabPreset.COLLAPSE);
    private final StringProperty dataset = new SimpleStringProperty("ring8");
    private final LongProperty seed = new SimpleLongProperty(1);
    private final Map<Layer, BooleanProperty> layers = new LinkedHashMap<>();
    private final DoubleProperty pace = new SimpleDoubleProperty();
    private final BooleanProperty slowMotion = new SimpleBooleanProperty();
    private final ObjectProperty<Part> part = new SimpleObjectProperty<>();
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>(
            new SessionStatus(EngineState.LOADING, 0, 0, 0, null, null, 0));
    private final IntegerProperty chartRevision = new SimpleIntegerProperty();
    private final StringProperty problem = new SimpleStringProperty();
    private final List<List<MetricPoint>> freshPoints = new ArrayList<>();

    public LabTabViewModel() {
        for (Layer layer : Layer.values()) {
            layers.put(layer, new SimpleBooleanProperty(layer != Layer.MANIFOLD));
        }
        pace.addListener((o, a, b) -> runs.forEach(run -> run.setPace(b.doubleValue())));
        slowMotion.addListener((o, a, on) -> {
            if (on) {
                pause();
            }
            part.set(null);
        });
    }

    public ObservableList<LabRunViewModel> runs() {
        return runs;
    }

    ObjectProperty<LabRunViewModel> selectedProperty() {
        return selected;
    }

    ObjectProperty<LabPreset> presetProperty() {
        return preset;
    }

    StringProperty datasetProperty() {
        return dataset;
    }

    LongProperty seedProperty() {
        return seed;
    }

    BooleanProperty layer(Layer layer) {
        return layers.get(layer);
    }

    /** Steps per second for every run; 0 as fast as the machine allows. */
    DoubleProperty paceProperty() {
        return pace;
    }

    public BooleanProperty slowMotionProperty() {
        return slowMotion;
    }

    /** The part of the update slow motion shows now, or null before the first. */
    public ReadOnlyObjectProperty<Part> partProperty() {
        return part;
    }

    /** Changes whenever the chart must be redrawn from the runs' histories (a run added, removed or restarted). */
    ReadOnlyIntegerProperty chartRevisionProperty() {
        return chartRevision;
    }

    StringProperty problemProperty() {
        return problem;
    }

    /**
     * Starts over with the chosen preset alone (the first visit shows "Mode collapse"), switching to the preset's own
     * data when it does not run on the current one.
     */
    void load() {
        List<LabRunViewModel> old = new ArrayList<>(runs);
        runs.clear();
        old.forEach(this::stopQuietly);
        List<String> own = preset.get().datasets();
        if (!own.contains(dataset.get())) {
            dataset.set(own.get(0));
        }
        addBeside();
    }

    /**
     * Adds the chosen preset beside the runs there are, on the same data and seed; every run starts over and
     * waits, so that Play sets them off together.
     */
    void addBeside() {
        if (runs.size() >= MAX_RUNS) {
            problem.set(I18n.format("lab.tooMany", MAX_RUNS));
            return;
        }
        GanConfig config;
        try {
            config = preset.get().config(dataset.get(), seed.get());
        } catch (InvalidInputException e) {
            problem.set(I18n.error(e));
            return;
        }
        problem.set(null);
        if (!runs.isEmpty()) {
            reset();
        }
        LabRunViewModel run = new LabRunViewModel(preset.get(), config);
        run.setPace(pace.get());
        runs.add(run);
        selected.set(run);
        chartRevision.set(chartRevision.get() + 1);
    }

    void remove(LabRunViewModel run) {
        if (runs.size() <= 1) {
            return;
        }
        runs.remove(run);
        if (selected.get() == run) {
            selected.set(runs.get(0));
        }
        stopQuietly(run);
        chartRevision.set(chartRevision.get() + 1);
    }

    /** Rebuilds every run on new data or a new seed (same weights across runs again). */
    void restartAll() {
        problem.set(null);
        for (LabRunViewModel run : runs) {
            try {
                run.apply(run.preset().config(dataset.get(), seed.get()), true);
            } catch (InvalidInputException e) {
                problem.set(I18n.error(e));
            }
        }
        pause();
        part.set(null);
    }

    /** Walks to the next part of one update: show a real batch, show a fake batch, update D, update G. */
    void nextPart() {
        if (!slowMotion.get()) {
            slowMotion.set(true);
        }
        Part next = part.get() == null ? Part.REAL_BATCH : Part.values()[(part.get().ordinal() + 1) % Part.values().length];
        if (next == Part.D_UPDATE) {
            runs.forEach(run -> run.step(StepKind.D_ONLY));
        } else if (next == Part.G_UPDATE) {
            runs.forEach(run -> run.step(StepKind.G_ONLY));
        }
        part.set(next);
    }

    /** The batch size slow motion highlights. */
    int batchSize() {
        LabRunViewModel run = selected.get();
        return run == null ? 0 : run.configProperty().get().batchSize();
    }

    /** Called once per UI frame; the new metric points of each run, in run order. */
    List<List<MetricPoint>> pump() {
        freshPoints.clear();
        boolean restarted = false;
        for (LabRunViewModel run : runs) {
            freshPoints.add(run.pump());
            restarted |= run.takeRestarted();
        }
        if (restarted) {
            chartRevision.set(chartRevision.get() + 1);
            freshPoints.replaceAll(points -> List.of());
        }
        if (!runs.isEmpty() && runs.get(0).statusProperty().get() != status.get()) {
            status.set(runs.get(0).statusProperty().get());
        }
        return freshPoints;
    }

    @Override
    public void play() {
        slowMotion.set(false);
        runs.forEach(LabRunViewModel::play);
        playing.set(true);
    }

    @Override
    public void pause() {
        runs.forEach(LabRunViewModel::pause);
        playing.set(false);
    }

    @Override
    public void step(StepKind kind) {
        pause();
        runs.forEach(run -> run.step(kind));
    }

    @Override
    public void reset() {
        pause();
        runs.forEach(LabRunViewModel::reset);
        part.set(null);
    }

    @Override
    public boolean adversarial() {
        return true;
    }

    @Override
    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    @Override
    public ReadOnlyObjectProperty<SessionStatus> statusProperty() {
        return status;
    }

    private void stopQuietly(LabRunViewModel run) {
        try {
            run.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops every run's engine thread; true when all stopped in time. */
    public boolean close() {
        boolean all = true;
        for (LabRunViewModel run : runs) {
            try {
                all &= run.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return all;
    }
}
