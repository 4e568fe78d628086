package org.generativa.ui.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.generativa.data.DataKind;
import org.generativa.exercise.BuiltInExercises;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanModelKind;
import org.generativa.metrics.ModeCoverage;
import org.generativa.train.EngineState;
import org.generativa.train.FakeSession;
import org.generativa.train.FeedItem;
import org.generativa.train.MetricPoint;
import org.generativa.train.SessionStatus;
import org.generativa.ui.common.I18n;
import org.generativa.ui.gan.GanTabViewModel;
import org.junit.jupiter.api.Test;

/** The exercise panel's view model on the GAN tab's view model and a stand-in session: no window, no engine. */
class ExercisePanelViewModelTest {

    private final FakeSession<GanConfig> session = new FakeSession<>();
    private final GanTabViewModel tab = new GanTabViewModel(session, GanTabViewModel.initialConfig(), DataKind.IMAGES);
    private final ExercisePanelViewModel panel = new ExercisePanelViewModel();
    private final List<String> names = GanExperiment.metricNamesFor(GanModelKind.GAN);

    @Test
    void openingStartsTheModelLocksItsControlsAndTheLiveFeedTicksTheStepsOff() {
        tab.selectModel(GanModelKind.WGAN);
        assertTrue(panel.open(BuiltInExercises.find("vanilla-gan-digits"), tab));
        assertEquals(GanModelKind.GAN, tab.draftProperty().get().model(), "the exercise's model");
        assertEquals("digits", tab.draftProperty().get().dataset().source());
        assertEquals("reset", session.lastCommand());
        assertTrue(tab.lockedControls().containsAll(List.of("model", "dataset")));
        assertEquals("Step 1 of 3", panel.stepHeaderProperty().get());
        assertEquals("Ticked off when mean D(G(z)) is at most 0.2 for 20 steps in a row.", panel.checkTextProperty().get());
        assertFalse(panel.canMoveOnProperty().get(), "a step with a check waits for it");

        session.publish(new FeedItem.Restart(names, 0));
        feed(1, 19, 0.1);
        tab.pump();
        assertEquals("Step 1 of 3", panel.stepHeaderProperty().get(), "19 steps are not 20");
        feed(20, 20, 0.1);
        tab.pump();
        assertEquals("Step 2 of 3", panel.stepHeaderProperty().get());
        assertEquals(20, panel.progress().tickedAt(0));
        feed(21, 40, 0.5);
        tab.pump();
        assertEquals("Step 3 of 3", panel.stepHeaderProperty().get());
        assertEquals(3, panel.choices().size());
        assertTrue(panel.canMoveOnProperty().get(), "a question without a check is left by hand");
        panel.answer("0");
        assertTrue(panel.progress().answeredRight(2));
        panel.moveOn();
        assertEquals("Every step done.", panel.stepHeaderProperty().get());

        panel.close();
        assertTrue(tab.lockedControls().isEmpty(), "closing gives the controls back");
        assertFalse(panel.openProperty().get());
    }

    @Test
    void measurementsTickMeasuredChecksAndAStepsSettingsStartAFreshModelWhenApplied() {
        assertTrue(panel.open(BuiltInExercises.find("mode-collapse-ring"), tab));
        assertEquals("ring8", tab.draftProperty().get().dataset().source());
        assertEquals(1, tab.draftProperty().get().tricks().packing(), "no packing to start with");
        assertEquals("Ticked off when samples on a mode is at least 0.6 in 2 measurements in a row.",
                panel.checkTextProperty().get());
        session.publish(new FeedItem.Restart(names, 0));
        tab.pump();
        for (long step = 1000; step <= 5000; step += 1000) {
            session.publishStatus(new SessionStatus(EngineState.TRAINING, step, 0, 0, null));
            session.publishReport(new ModeCoverage(2, 8, 0.9, 1.2, 0.1, new int[8]));
            tab.pump();
        }
        assertEquals("Step 3 of 4", panel.stepHeaderProperty().get(), "on the modes, then few of them");
        assertEquals(List.of(0, 1), panel.progress().passed());
        assertTrue(panel.changesTextProperty().get().startsWith("This step changes: Packing (samples per D input) → 4"),
                panel.changesTextProperty().get());
        assertTrue(panel.canApplyProperty().get());
        session.clearCommands();
        panel.applyStepSettings();
        assertEquals(4, tab.draftProperty().get().tricks().packing(), "the cure is set");
        assertEquals("reset", session.lastCommand(), "on a fresh model");
        assertFalse(panel.canApplyProperty().get(), "once");
        session.publish(new FeedItem.Restart(names, 0));
        session.publishReport(new ModeCoverage(5, 8, 0.9, 0.4, 0.1, new int[8]));
        tab.pump();
        assertEquals("Now: 5", panel.nowTextProperty().get(), "the value the check waits on");
    }

    @Test
    void anotherExerciseOnTheSameTabKeepsItsOwnLocks() {
        assertTrue(panel.open(BuiltInExercises.find("vanilla-gan-digits"), tab));
        assertTrue(panel.open(BuiltInExercises.find("mode-collapse-ring"), tab));
        assertTrue(tab.lockedControls().containsAll(List.of("model", "dataset")), "not freed by leaving the first");
        assertEquals("ring8", tab.draftProperty().get().dataset().source());
        panel.close();
        assertTrue(tab.lockedControls().isEmpty());
    }

    @Test
    void theOpenExerciseSpeaksTheLanguageChosenAtOnce() {
        assertTrue(panel.open(BuiltInExercises.find("vanilla-gan-digits"), tab));
        try {
            I18n.setLocale(Locale.forLanguageTag("es"));
            panel.retranslate();
            assertEquals("Paso 1 de 3", panel.stepHeaderProperty().get());
            assertTrue(panel.titleProperty().get().startsWith("Práctica 1: GAN vainilla con MNIST"), panel.titleProperty().get());
            assertTrue(panel.checkTextProperty().get().contains("D(G(z)) media está como máximo en 0,2"),
                    panel.checkTextProperty().get());
        } finally {
            I18n.setLocale(Locale.ENGLISH);
        }
        panel.retranslate();
        assertEquals("Step 1 of 3", panel.stepHeaderProperty().get());
    }

    private void feed(long from, long to, double dFake) {
        int column = names.indexOf("d_fake");
        for (long step = from; step <= to; step++) {
            double[] values = new double[names.size()];
            Arrays.fill(values, 0.5);
            values[column] = dFake;
            session.publish(new FeedItem.Point(new MetricPoint(step, values)));
        }
    }
}
