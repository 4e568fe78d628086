package org.generativa.ui.latent;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.generativa.data.DataKind;
import org.generativa.data.ImageSet;
import org.generativa.family.CodeStatistics;
import org.generativa.family.LatentModel;
import org.generativa.latent.Traversal;
import org.generativa.preview.ImageGrid;
import org.generativa.run.RunCheckpoint;
import org.generativa.train.EngineState;
import org.generativa.train.SessionStatus;
import org.generativa.train.TrainingSession;
import org.generativa.ui.common.I18n;

/**
 * State of the latent explorer: which model it looks at (a family tab's or a checkpoint's), the current
 * code (one value per latent dimension, moved by the sliders) and its decoded picture. The sections
 * (traversal, interpolation, arithmetic, map, draw pad) have their own view models on top of this one.
 */
public final class LatentTabViewModel {

    /** Held-out items encoded to measure each dimension's spread. */
    private static final int SPREAD_ITEMS = 500;

    private final ObservableList<LatentSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<LatentSource> source = new SimpleObjectProperty<>();
    private final ObjectProperty<LatentInfo> info = new SimpleObjectProperty<>();
    private final ObjectProperty<float[]> code = new SimpleObjectProperty<>(new float[0]);
    private final IntegerProperty conditionClass = new SimpleIntegerProperty();
    private final ObjectProperty<ImageGrid> decoded = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty();
    private final StringProperty busy = new SimpleStringProperty();
    private final TraversalViewModel traversal = new TraversalViewModel(this);
    private final InterpolationViewModel interpolation = new InterpolationViewModel(this);
    private final ArithmeticViewModel arithmetic = new ArithmeticViewModel(this);
    private final LatentMapViewModel map = new LatentMapViewModel(this);
    private final DrawPadViewModel drawPad = new DrawPadViewModel(this);
    private LatentSource checkpoint;
    private LatentModel shownModel;
    private long seed = 1;
    private long lastStep = -1;

    private final Executor uiThread;

    /** The explorer of the family tabs' models, its results handed to the JavaFX thread. */
    public LatentTabViewModel(List<LatentSource> tabSources) {
        this(tabSources, Platform::runLater);
    }

    /** @param uiThread where results from the engine and preview threads are handed over (the JavaFX thread) */
    public LatentTabViewModel(List<LatentSource> tabSources, Executor uiThread) {
        this.uiThread = uiThread;
        for (LatentSource tabSource : tabSources) {
            add(tabSource);
        }
    }

    private void add(LatentSource added) {
        sources.add(added);
        added.setOnNewModel(() -> uiThread.execute(() -> {
            if (source.get() == added) {
                refresh();
            }
        }));
        added.preview().setListener(rendered -> uiThread.execute(() -> {
            if (source.get() != added) {
                return;
            }
            if (rendered.error() != null) {
                problem.set(rendered.error());
            } else if (rendered.image() != null) {
                decoded.set(rendered.image());
            }
        }));
    }

    public ObservableList<LatentSource> sources() {
        return sources;
    }

    public ObjectProperty<LatentSource> sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<LatentInfo> infoProperty() {
        return info;
    }

    public ReadOnlyObjectProperty<float[]> codeProperty() {
        return code;
    }

    public ReadOnlyIntegerProperty conditionClassProperty() {
        return conditionClass;
    }

    public ReadOnlyObjectProperty<ImageGrid> decodedProperty() {
        return decoded;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Shows {@code sentence} as the explorer's problem (a section's input that is missing, say). */
    void report(String sentence) {
        problem.set(sentence);
    }

    /** What the explorer is computing now, or null. */
    ReadOnlyStringProperty busyProperty() {
        return busy;
    }

    public TraversalViewModel traversal() {
        return traversal;
    }

    public InterpolationViewModel interpolation() {
        return interpolation;
    }

    ArithmeticViewModel arithmetic() {
        return arithmetic;
    }

    public LatentMapViewModel map() {
        return map;
    }

    public DrawPadViewModel drawPad() {
        return drawPad;
    }

    /** Looks at another model, starting from a prior sample. */
    public void explore(LatentSource next) {
        if (next == null || next == source.get()) {
            return;
        }
        source.set(next);
        shownModel = null;
        info.set(null);
        decoded.set(null);
        refresh();
    }

    /** Re-reads the model (a Reset builds a new one, maybe with another code size) and starts from a prior sample. */
    void refresh() {
        LatentSource current = source.get();
        if (current == null) {
            return;
        }
        compute("latent.busy.reading", model -> new Start(model, describe(model), model.samplePrior(1, seed)), start -> {
            if (start.model() == shownModel) {
                return;
            }
            shownModel = start.model();
            problem.set(null);
            clearSections();
            info.set(start.info());
            if (start.info().conditional() && conditionClass.get() >= start.info().classes().size()) {
                conditionClass.set(0);
            }
            code.set(start.code());
            render();
        });
    }

    /** Codes and pictures of the previous model mean nothing for the next one. */
    private void clearSections() {
        traversal.clear();
        interpolation.clear();
        arithmetic.clear();
        map.clear();
        drawPad.clear();
    }

    /** The explorer reads a model once: the session's rebuild notice and the first look may both ask. */
    private record Start(LatentModel model, LatentInfo info, float[] code) {}

    private static LatentInfo describe(LatentModel model) {
        double[] importance = model.dimensionImportance();
        int[] order = Traversal.byImportance(importance);
        boolean images = model.dataset().kind() == DataKind.IMAGES;
        int[] shape = model.dataset().itemShape();
        CodeStatistics spread = images || model.hasEncoder() ? CodeStatistics.of(model, SPREAD_ITEMS)
                : CodeStatistics.standardNormal(model.latentSize());
        return new LatentInfo(model.dataset().name(), model.latentSize(), model.hasEncoder(), model.conditionClasses(),
                order, importance, model.importanceKind(), spread, images, images ? shape[0] : 0, images ? shape[1] : 0,
                model.dataset().labelNames(), model.dataset().factors());
    }

    /**
     * Runs {@code work} with the model on its engine thread and hands the result to {@code done} on the JavaFX
     * thread; a failure becomes the explorer's problem sentence.
     */
    <T> void compute(String busyKey, Function<LatentModel, T> work, Consumer<T> done) {
        LatentSource current = source.get();
        if (current == null) {
            return;
        }
        busy.set(I18n.get(busyKey));
        current.run(model -> {
            T result = work.apply(model);
            uiThread.execute(() -> {
                busy.set(null);
                if (source.get() == current) {
                    done.accept(result);
                }
            });
        }, text -> uiThread.execute(() -> {
            busy.set(null);
            problem.set(text);
        }));
    }

    /** The class a conditional model is asked for; -1 for other models. */
    int classForModel() {
        LatentInfo current = info.get();
        return current != null && current.conditional() ? conditionClass.get() : -1;
    }

    /** Moves one latent dimension and re-decodes. */
    void setDimension(int dimension, double value) {
        float[] next = code.get().clone();
        next[dimension] = (float) value;
        code.set(next);
        render();
    }

    void setConditionClass(int value) {
        conditionClass.set(value);
        render();
    }

    /** Moves the sliders to {@code next} (a code picked elsewhere) and decodes it. */
    void setCode(float[] next) {
        code.set(next.clone());
        render();
    }

    /** A fresh code from the prior. */
    void randomize() {
        seed++;
        long drawn = seed;
        compute("latent.busy.sampling", model -> model.samplePrior(1, drawn), this::setCode);
    }

    /** Every dimension at its mean. */
    void resetCode() {
        LatentInfo current = info.get();
        if (current == null) {
            return;
        }
        float[] mean = new float[current.latentSize()];
        for (int j = 0; j < mean.length; j++) {
            mean[j] = (float) current.spread().mean()[j];
        }
        setCode(mean);
    }

    /** Starts from the code of item {@code index} of the training data (models with an encoder). */
    public void encodeItem(int index) {
        compute("latent.busy.encoding", model -> model.encode(item(model, index), 1), this::setCode);
    }

    /** Item {@code index} of the model's data, in the data's range. */
    static float[] item(LatentModel model, int index) {
        if (!(model.dataset() instanceof ImageSet set)) {
            throw new IllegalArgumentException(I18n.format("latent.noItems", model.dataset().name()));
        }
        if (index < 0 || index >= set.count()) {
            throw new IllegalArgumentException(I18n.format("latent.itemRange", index, set.count() - 1));
        }
        float[] values = new float[set.itemSize()];
        set.read(index, values, 0);
        return values;
    }

    private void render() {
        LatentSource current = source.get();
        if (current != null && code.get().length > 0) {
            current.preview().request(code.get(), classForModel());
        }
    }

    /**
     * Called a few times a second while the tab shows: a model that is training changes under the sliders, so
     * its picture is decoded again after new steps; a checkpoint that failed to load says why.
     */
    void tick() {
        LatentSource current = source.get();
        if (current == null) {
            return;
        }
        SessionStatus status = current.session().feed().status();
        if (status.state() == EngineState.FAILED || (info.get() == null && status.message() != null)) {
            problem.set(I18n.of(status.message()));
        }
        if (status.step() != lastStep) {
            lastStep = status.step();
            render();
        }
    }

    /**
     * Opens a saved run (a folder with config.json and checkpoint/) on its own engine thread. The previous
     * checkpoint, if any, is closed.
     */
    public void openCheckpoint(Path runDir) {
        Path name = runDir.getFileName();
        openCheckpoint(runDir, () -> I18n.format("latent.source.checkpoint", name == null ? runDir : name));
    }

    /** Opens a saved run as {@link #openCheckpoint(Path)} does, listed under {@code label}. */
    public void openCheckpoint(Path runDir, Supplier<String> label) {
        RunCheckpoint<?> run;
        try {
            run = RunCheckpoint.read(runDir);
        } catch (RuntimeException e) {
            problem.set(I18n.error(e));
            return;
        }
        LatentSource opened = checkpointSource(run, label);
        if (checkpoint != null) {
            sources.remove(checkpoint);
            checkpoint.release();
        }
        checkpoint = opened;
        add(opened);
        opened.session().start();
        explore(opened);
    }

    private static <C> LatentSource checkpointSource(RunCheckpoint<C> run, Supplier<String> label) {
        TrainingSession<C> session = new TrainingSession<>(run.factory(), run.config(), run.family().threads(run.config()));
        return new LatentSource(label, session, run.family(), true);
    }

    /** Stops the checkpoint's engine thread (the family tabs stop their own); true when it stopped in time. */
    public boolean close() {
        return checkpoint == null || checkpoint.release();
    }
}
