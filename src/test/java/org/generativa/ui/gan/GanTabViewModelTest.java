package org.generativa.ui.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanLoss;
import org.generativa.gan.GanModelKind;
import org.generativa.gan.GanOptimizer;
import org.generativa.preview.Preview;
import org.generativa.preview.Report;
import org.generativa.train.EngineState;
import org.generativa.train.FakeSession;
import org.generativa.train.FeedItem;
import org.generativa.train.Hyperparameter;
import org.generativa.train.MetricPoint;
import org.generativa.train.SessionStatus;
import org.generativa.ui.family.DiscardGuard;
import org.generativa.ui.family.FamilyTabModel;
import org.generativa.ui.family.FamilyTabModelChecks;
import org.junit.jupiter.api.Test;

/** The GAN tab's view model on a stand-in session: no window, no engine. */
class GanTabViewModelTest {

    private final FakeSession<GanConfig> session = new FakeSession<>();
    private final GanTabViewModel model = new GanTabViewModel(session, GanTabViewModel.initialConfig(), DataKind.IMAGES);

    @Test
    void everySettingReachesTheRunningModelExactlyWhenItAppliesLive() {
        FamilyTabModelChecks.everySettingAppliesAsItsFamilySays(
                (FakeSession<GanConfig> s) -> new GanTabViewModel(s, GanTabViewModel.initialConfig(), DataKind.IMAGES));
    }

    @Test
    void lockedControlsCannotChangeThroughTheViewModel() {
        GanConfig before = model.draftProperty().get();
        model.lock(List.of("model", "dataset", "lr-g"));
        model.selectModel(GanModelKind.WGAN);
        model.selectDataset(DataSpec.of("ring8"), DataKind.POINTS);
        model.accept(parameter("lr-g"), 0.01);
        assertEquals(before, model.draftProperty().get(), "model, dataset and lr-g stay as the exercise set them");
        assertTrue(session.commands().isEmpty(), session.commands().toString());
        model.accept(parameter("lr-d"), 0.001);
        assertEquals(0.001, model.draftProperty().get().lrD(), 1e-12, "an unlocked setting still changes");
        model.lock(List.of());
        model.accept(parameter("lr-g"), 0.01);
        assertEquals(0.01, model.draftProperty().get().lrG(), 1e-12, "unlocked again");
    }

    private static Hyperparameter<GanConfig> parameter(String key) {
        return GanConfig.HYPERPARAMETERS.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void anotherModelStartsFromItsPublishedSettingsAndKeepsTheSeed() {
        model.accept(GanConfig.HYPERPARAMETERS.stream().filter(h -> h.key().equals("seed")).findFirst().orElseThrow(), 7L);
        model.selectModel(GanModelKind.WGAN);
        GanConfig wgan = model.draftProperty().get();
        assertEquals(GanModelKind.WGAN, wgan.model());
        assertEquals(GanLoss.WASSERSTEIN, wgan.loss());
        assertEquals(2e-4, wgan.lrG(), 1e-12, "WGAN's learning rate for images (the paper's 5e-5 is slower to digits)");
        assertEquals(2, wgan.dStepsPerG(), "2 critic steps per G step on images");
        assertEquals(GanOptimizer.RMSPROP, wgan.optimizer(), "WGAN keeps RMSProp");
        assertEquals(7, wgan.seed(), "the seed stays, so runs compare");
        assertEquals("reset", session.lastCommand(), "a new model needs new networks");
        assertEquals(wgan, session.lastConfig());
        assertFalse(model.resetPendingProperty().get());
        session.clearCommands();
        model.selectModel(GanModelKind.WGAN);
        assertTrue(session.commands().isEmpty(), "choosing the model there is changes nothing");
    }

    @Test
    void imageOnlyModelsFallBackToTheFullyConnectedGanOnPointsAndKeepTheirLoss() {
        model.selectModel(GanModelKind.DCGAN);
        model.choose(GanConfig.LOSS, GanLoss.HINGE);
        model.selectDataset(DataSpec.of("ring8"), DataKind.POINTS);
        GanConfig points = model.draftProperty().get();
        assertEquals(GanModelKind.GAN, points.model(), "dcgan needs images");
        assertEquals(GanLoss.HINGE, points.loss());
        assertEquals(DataKind.POINTS, model.dataKind());
        assertEquals(256, points.batchSize(), "the defaults for points");
        assertEquals(points, session.lastConfig());
        assertEquals("reset", session.lastCommand());
    }

    @Test
    void eachFrameHandsTheNewestRunToTheViewAndTrainingToATargetStopsPlaying() {
        Recorder view = new Recorder();
        model.setFrameListener(view);
        List<String> names = List.of("loss_d", "loss_g");
        session.publish(new FeedItem.Restart(names, 0));
        for (int step = 1; step <= 3; step++) {
            session.publish(new FeedItem.Point(new MetricPoint(step, new double[] {0.5, step})));
        }
        model.pump();
        assertEquals(List.of(names), view.restarts);
        assertEquals(3, view.points.size());
        assertEquals(3, model.recorded().points().size());

        session.publish(new FeedItem.Point(new MetricPoint(4, new double[] {0.5, 4})));
        session.publish(new FeedItem.Restart(names, 0));
        session.publish(new FeedItem.Point(new MetricPoint(1, new double[] {0.7, 1})));
        model.pump();
        assertEquals(2, view.restarts.size(), "the view starts its charts again");
        assertEquals(List.of(1L), model.recorded().points().stream().map(MetricPoint::step).toList(),
                "only the new run's points are kept");

        model.setTargetSteps(100);
        model.play();
        assertTrue(model.playingProperty().get());
        session.publishStatus(new SessionStatus(EngineState.PAUSED, 100, 0, 100, null, null, 0));
        model.pump();
        assertFalse(model.playingProperty().get(), "the Play button shows Play again at the target");
        assertEquals(100, model.statusProperty().get().step());
        assertTrue(session.commands().containsAll(List.of("target 100", "play")));
    }

    @Test
    void anotherModelAsksBeforeItThrowsAwayTrainingThatWasNotSaved() {
        GanConfig before = model.draftProperty().get();
        List<Long> asked = new ArrayList<>();
        model.setDiscardGuard(steps -> {
            asked.add(steps);
            return DiscardGuard.Answer.CANCEL;
        });
        model.selectModel(GanModelKind.WGAN);
        assertTrue(asked.isEmpty(), "nothing trained yet: no question");
        model.selectModel(GanModelKind.GAN);
        session.clearCommands();

        session.publish(new FeedItem.Restart(List.of("loss_d"), 0));
        session.publish(new FeedItem.Point(new MetricPoint(1, new double[] {0.5})));
        session.publishStatus(new SessionStatus(EngineState.PAUSED, 1_200, 0, 0, null, null, 0));
        model.pump();
        assertTrue(model.hasUnsavedTraining());
        model.selectModel(GanModelKind.DCGAN);
        assertEquals(List.of(1_200L), asked, "the question names the steps at stake");
        assertEquals(GanModelKind.GAN, model.draftProperty().get().model(), "cancelled: the run stays");
        assertFalse(session.commands().contains("reset"));

        model.setDiscardGuard(steps -> DiscardGuard.Answer.PIN_AND_DISCARD);
        model.selectDataset(DataSpec.of("ring8"), DataKind.POINTS);
        assertEquals("reset", session.lastCommand(), "the change goes ahead");
        assertEquals(1, model.pinnedProperty().get().points().size(), "and the old run is kept to compare with");
        assertEquals(before.seed(), model.draftProperty().get().seed());
    }

    private static final class Recorder implements FamilyTabModel.FrameListener {
        final List<List<String>> restarts = new ArrayList<>();
        final List<MetricPoint> points = new ArrayList<>();

        @Override
        public void restarted(List<String> metricNames) {
            restarts.add(metricNames);
        }

        @Override
        public void metrics(List<MetricPoint> added) {
            points.addAll(added);
        }

        @Override
        public void preview(Preview preview) {
        }

        @Override
        public void report(Report report) {
        }
    }
}
