package org.generativa.ui.exercise;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.generativa.data.DataSpec;
import org.generativa.data.DatasetLoader;
import org.generativa.data.download.DatasetCatalog;
import org.generativa.data.download.DownloadableDataset;
import org.generativa.exercise.CheckText;
import org.generativa.exercise.Exercise;
import org.generativa.exercise.ExerciseProgress;
import org.generativa.exercise.ExerciseStep;
import org.generativa.exercise.HandIn;
import org.generativa.exercise.HandInReport;
import org.generativa.exercise.LiveCheck;
import org.generativa.exercise.MeasuredValues;
import org.generativa.preview.Preview;
import org.generativa.preview.PreviewPng;
import org.generativa.preview.Report;
import org.generativa.train.MetricPoint;
import org.generativa.ui.common.I18n;
import org.generativa.ui.dataset.DatasetChoice;
import org.generativa.ui.family.FamilyTabModel;

/**
 * The exercise side panel's state: which exercise, which step, what it asks and whether its check has passed,
 * fed from the family tab's live step values (not by polling the window). Opening an exercise starts its model in
 * that tab with its controls locked and hidden; closing it gives them back. JavaFX thread only.
 */
public final class ExercisePanelViewModel implements FamilyTabModel.MetricsObserver {

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty intro = new SimpleStringProperty("");
    private final StringProperty stepHeader = new SimpleStringProperty("");
    private final StringProperty stepText = new SimpleStringProperty("");
    private final StringProperty checkText = new SimpleStringProperty("");
    private final StringProperty nowText = new SimpleStringProperty("");
    private final StringProperty dataNotice = new SimpleStringProperty("");
    private final StringProperty changesText = new SimpleStringProperty("");
    private final BooleanProperty canApply = new SimpleBooleanProperty();
    private final StringProperty questionText = new SimpleStringProperty("");
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final BooleanProperty canMoveOn = new SimpleBooleanProperty();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private ExerciseProgress progress;
    private FamilyTabModel<?> target;
    private long openedAt;
    private String standInFor;
    private int applied = -1;

    /** Opens {@code exercise} in {@code tab} (its family's tab); false when the user kept the trained run instead. */
    public boolean open(Exercise wanted, FamilyTabModel<?> tab) {
        Exercise exercise = wanted.on(DatasetLoader.standard()::has);
        DataSpec data = DataSpec.of(exercise.dataset());
        // The first step's own settings go in with the exercise's: one fresh model, already as that step wants it.
        Map<String, String> settings = new LinkedHashMap<>(exercise.settings());
        settings.putAll(exercise.steps().get(0).settings());
        boolean started = tab.startExercise(exercise.model(), data, Exercise.kindOf(exercise.dataset()), settings,
                exercise.locked(), exercise.hidden());
        if (!started) {
            return false;
        }
        leave(tab);
        target = tab;
        progress = new ExerciseProgress(exercise);
        openedAt = System.nanoTime();
        standInFor = exercise == wanted ? null : wanted.dataset();
        applied = exercise.steps().get(0).settings().isEmpty() ? -1 : 0;
        tab.addMetricsObserver(this);
        open.set(true);
        show();
        return true;
    }

    /** Leaves the exercise: the tab's controls are free again, the run stays. */
    public void close() {
        leave(null);
        target = null;
        progress = null;
        open.set(false);
    }

    /** Stops following the open exercise's tab and frees its controls, unless it is {@code next}, restricted anew. */
    private void leave(FamilyTabModel<?> next) {
        if (target != null) {
            target.removeMetricsObserver(this);
            if (target != next) {
                target.restrict(List.of(), List.of());
            }
        }
    }

    @Override
    public void restarted(List<String> names) {
        if (progress != null) {
            progress.restarted(names);
            nowText.set("");
        }
    }

    @Override
    public void metrics(List<MetricPoint> points) {
        if (progress == null) {
            return;
        }
        boolean ticked = false;
        for (MetricPoint point : points) {
            ticked |= progress.accept(point.step(), point.values());
        }
        if (ticked) {
            show();
        }
        LiveCheck check = progress.currentCheck();
        if (check != null && !MeasuredValues.isMeasured(check.metric()) && !points.isEmpty()) {
            showNow(progress.checkedValue(points.get(points.size() - 1).values()));
        }
    }

    @Override
    public void measured(long step, Report report) {
        if (progress == null) {
            return;
        }
        LiveCheck check = progress.currentCheck();
        Map<String, Double> values = MeasuredValues.of(report);
        if (progress.measured(step, values)) {
            show();
        } else if (check != null && MeasuredValues.isMeasured(check.metric())) {
            showNow(values.getOrDefault(check.metric(), Double.NaN));
        }
    }

    private void showNow(double v) {
        nowText.set(Double.isNaN(v) ? "" : I18n.format("exercise.now", NumberFormat.getNumberInstance(I18n.locale()).format(
                Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 1000) / 1000.0)));
    }

    /** Starts a fresh model from what the current step changes (same seed, locks kept). */
    public void applyStepSettings() {
        if (progress != null && !progress.finished() && canApply.get()) {
            applied = progress.current();
            target.applyExerciseSettings(progress.exercise().steps().get(applied).settings());
            show();
        }
    }

    /** Records the answer to the current step's question: a choice's number, or free text. */
    public void answer(String text) {
        if (progress != null && !progress.finished()) {
            progress.answer(progress.current(), text);
        }
    }

    /** Goes on from a step without a check. */
    public void moveOn() {
        if (progress != null) {
            progress.moveOn();
            show();
        }
    }

    /**
     * Hands the exercise in: the run is saved as {@code report} with {@code .genrun} (on the engine thread), then the
     * report is written beside it; {@code done} gets a sentence naming both, {@code problem} one saying what failed.
     */
    public void handIn(String student, Path report, Consumer<String> done, Consumer<String> problem) {
        if (progress == null) {
            problem.accept(I18n.get("menu.file.exportReport.none"));
            return;
        }
        ExerciseProgress handedIn = progress;
        FamilyTabModel<?> tab = target;
        Duration spent = Duration.ofNanos(System.nanoTime() - openedAt);
        tab.saveRun(HandInReport.runFileFor(report), saved -> {
            try {
                Preview samples = tab.latestPreview();
                HandIn handIn = new HandIn(handedIn, I18n.locale(), student, ZonedDateTime.now(), spent, tab.modelName(),
                        tab.datasetName(), tab.settingTexts(handedIn.exercise().settings().keySet()),
                        tab.statusProperty().get().step(), tab.recorded(),
                        samples == null ? null : PreviewPng.encode(samples), saved.getFileName().toString());
                HandInReport.write(handIn, report);
                done.accept(I18n.format("report.saved", report, saved.getFileName()));
            } catch (IOException | RuntimeException e) {
                problem.accept(I18n.format("report.failed", report, I18n.error(e)));
            }
        }, problem);
    }

    public ExerciseProgress progress() {
        return progress;
    }

    /** Says everything again in the language now chosen. */
    public void retranslate() {
        if (progress != null) {
            show();
        }
    }

    private void show() {
        Exercise exercise = progress.exercise();
        String language = I18n.locale().getLanguage();
        dataNotice.set(standInFor == null ? "" : I18n.format("exercise.offlineData",
                DatasetCatalog.standard().find(standInFor).map(DownloadableDataset::title).orElse(standInFor),
                DatasetChoice.titleOf(DataSpec.of(exercise.dataset()))));
        title.set(Exercise.in(exercise.title(), language));
        intro.set(Exercise.in(exercise.text(), language));
        int total = exercise.steps().size();
        choices.clear();
        if (progress.finished()) {
            stepHeader.set(I18n.get("exercise.done"));
            stepText.set("");
            checkText.set("");
            questionText.set("");
            nowText.set("");
            changesText.set("");
            canApply.set(false);
            canMoveOn.set(false);
            return;
        }
        ExerciseStep step = exercise.steps().get(progress.current());
        nowText.set("");
        changesText.set(step.settings().isEmpty() ? "" : I18n.format("exercise.changes", changes(step.settings())));
        canApply.set(!step.settings().isEmpty() && applied != progress.current());
        stepHeader.set(I18n.format("exercise.stepOf", progress.current() + 1, total));
        stepText.set(Exercise.in(step.text(), language));
        checkText.set(step.check() == null ? "" : I18n.format("exercise.waiting", CheckText.describe(step.check(), I18n.locale())));
        if (step.question() != null) {
            step.question().choices().forEach(c -> choices.add(Exercise.in(c, language)));
        }
        // Set last: the view lays out the answers when the question changes, the choices already there.
        questionText.set(step.question() == null ? "" : Exercise.in(step.question().text(), language));
        canMoveOn.set(step.check() == null);
    }

    /** "Packing (samples per D input) → 4, loss → minimax": the step's settings as the settings column names them. */
    private static String changes(Map<String, String> settings) {
        return settings.entrySet().stream().map(e -> I18n.getOr("param." + e.getKey(), e.getKey()) + " → " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Why the exercise runs on other data than it names (its dataset is not downloaded), or empty. */
    public ReadOnlyStringProperty dataNoticeProperty() {
        return dataNotice;
    }

    public ReadOnlyStringProperty nowTextProperty() {
        return nowText;
    }

    public ReadOnlyStringProperty changesTextProperty() {
        return changesText;
    }

    public ReadOnlyBooleanProperty canApplyProperty() {
        return canApply;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty introProperty() {
        return intro;
    }

    public ReadOnlyStringProperty stepHeaderProperty() {
        return stepHeader;
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText;
    }

    public ReadOnlyStringProperty checkTextProperty() {
        return checkText;
    }

    public ReadOnlyStringProperty questionTextProperty() {
        return questionText;
    }

    public ObservableList<String> choices() {
        return FXCollections.unmodifiableObservableList(choices);
    }

    public ReadOnlyBooleanProperty canMoveOnProperty() {
        return canMoveOn;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open;
    }
}
