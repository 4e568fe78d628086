package org.generativa.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeReport;
import org.generativa.autoencoder.AeFamily;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanFamily;
import org.generativa.gan.GanModelKind;
import org.generativa.preview.ImageGrid;
import org.generativa.preview.PointCloud;
import org.generativa.preview.Preview;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The ML thread obeys play, pause, step, reset and stop, and reports through the live feed. */
class TrainingSessionTest {

    private static final long TIMEOUT_MS = 60_000;
    private static final GanConfig SMALL = GanConfig.defaultsFor("ring8", DataKind.POINTS)
            .withBatchSize(32).withHiddenWidth(16).withLatentSize(4).withThreads(1);

    private TrainingSession<GanConfig> session;
    private final List<FeedItem> items = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (session != null) {
            session.stop(5, TimeUnit.SECONDS);
        }
    }

    private SessionStatus awaitStatus(Predicate<SessionStatus> condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            SessionStatus status = session.feed().status();
            if (status != null && condition.test(status)) {
                return status;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out waiting for " + what + "; last status " + session.feed().status());
    }

    /** Drains until {@code condition} holds for the items drained so far in this call. */
    private List<FeedItem> drainUntil(Predicate<List<FeedItem>> condition, String what) throws InterruptedException {
        List<FeedItem> drained = new ArrayList<>();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            session.feed().drainTo(drained);
            if (condition.test(drained)) {
                items.addAll(drained);
                return drained;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("timed out waiting for " + what + "; drained " + drained.size() + " items");
    }

    private static List<MetricPoint> points(List<FeedItem> items) {
        return items.stream().filter(FeedItem.Point.class::isInstance).map(i -> ((FeedItem.Point) i).point()).toList();
    }

    @Test
    void playPauseStepResetAndStop() throws Exception {
        session = new TrainingSession<>(GanFamily.INSTANCE.factory(), SMALL, 1);
        assertEquals(EngineState.LOADING, session.feed().status().state(), "status before the thread starts");
        session.start();

        SessionStatus ready = awaitStatus(s -> s.state() == EngineState.READY, "READY");
        assertEquals(0, ready.step());
        assertNull(ready.message());
        List<FeedItem> first = drainUntil(l -> !l.isEmpty(), "the first restart");
        assertEquals(new FeedItem.Restart(GanExperiment.metricNamesFor(GanModelKind.GAN), 0), first.get(0));
        assertInstanceOf(PointCloud.class, session.feed().takePreview(), "a preview of the fresh model");

        // Play: points arrive with consecutive step numbers and the status counts them.
        session.play();
        List<FeedItem> playing = drainUntil(l -> points(l).size() >= 30, "30 points while playing");
        List<MetricPoint> played = points(playing);
        for (int i = 0; i < played.size(); i++) {
            assertEquals(i + 1, played.get(i).step(), "step numbers are consecutive from 1");
            assertEquals(GanExperiment.metricNamesFor(GanModelKind.GAN).size(), played.get(i).values().length);
        }
        awaitStatus(s -> s.state() == EngineState.TRAINING && s.step() >= 30, "TRAINING at step 30 or more");

        // Pause: the step count stops.
        session.pause();
        SessionStatus paused = awaitStatus(s -> s.state() == EngineState.PAUSED, "PAUSED");
        drainUntil(l -> true, "drain after the pause");
        long pausedAt = paused.step();
        Thread.sleep(300);
        List<FeedItem> afterPause = new ArrayList<>();
        session.feed().drainTo(afterPause);
        assertEquals(List.of(), afterPause, "no points while paused");
        assertEquals(pausedAt, session.feed().status().step(), "step count while paused");
        assertEquals(0, session.feed().status().stepsPerSecond(), 0);
        assertEquals(pausedAt, points(items).size(), "every step published exactly one point");

        // Step D only: exactly one point, one step further, G's loss not measured.
        session.step(StepKind.D_ONLY);
        List<FeedItem> stepped = drainUntil(l -> !l.isEmpty(), "the D step's point");
        Thread.sleep(200);
        session.feed().drainTo(stepped);
        assertEquals(1, stepped.size(), "one step, one point: " + stepped);
        MetricPoint dStep = points(stepped).get(0);
        assertEquals(pausedAt + 1, dStep.step());
        assertTrue(Double.isNaN(dStep.values()[GanExperiment.metricNamesFor(GanModelKind.GAN).indexOf("loss_g")]));
        assertEquals(pausedAt + 1, awaitStatus(s -> s.step() == pausedAt + 1, "status at the new step").step());

        // Reset: a restart marker, step 0, READY.
        session.reset(SMALL.withSeed(9));
        List<FeedItem> reset = drainUntil(l -> !l.isEmpty(), "the restart after reset");
        assertEquals(List.of(new FeedItem.Restart(GanExperiment.metricNamesFor(GanModelKind.GAN), 0)), reset);
        SessionStatus fresh = awaitStatus(s -> s.step() == 0, "step 0 after reset");
        assertEquals(EngineState.READY, fresh.state());

        // A reset that cannot be built keeps the previous experiment and says why.
        session.step(StepKind.G_ONLY);
        awaitStatus(s -> s.step() == 1, "step 1 before the bad reset");
        assertEquals(1, points(drainUntil(l -> !l.isEmpty(), "the G step's point")).get(0).step());
        session.reset(SMALL.withDataset("no-such-set"));
        SessionStatus refused = awaitStatus(s -> s.message() != null, "a message about the bad reset");
        assertTrue(refused.message().in(Locale.ROOT).contains("no-such-set"), refused.message().in(Locale.ROOT));
        assertEquals(1, refused.step(), "the previous experiment is kept");
        assertEquals(EngineState.PAUSED, refused.state());
        session.step(StepKind.D_ONLY);
        List<FeedItem> afterRefusal = drainUntil(l -> points(l).size() == 1, "a step after the refused reset");
        assertEquals(1, afterRefusal.size(), "no restart for a refused reset: " + afterRefusal);
        assertEquals(2, points(afterRefusal).get(0).step());

        // Stop ends the thread within two seconds.
        session.play();
        awaitStatus(s -> s.state() == EngineState.TRAINING, "TRAINING before stop");
        long start = System.nanoTime();
        assertTrue(session.stop(2, TimeUnit.SECONDS), "stopped within 2 s");
        assertTrue(System.nanoTime() - start < 2_000_000_000L);
        assertEquals(EngineState.STOPPED, session.feed().status().state());
    }

    @Test
    void aLossThatStopsBeingANumberPausesTrainingAndGoesBackToTheLastSoundStateToGoOnFrom() throws Exception {
        AeConfig diverging = AeFamily.INSTANCE.configure("vae", DataSpec.of("digits"), DataKind.IMAGES,
                Map.of("likelihood", "gaussian", "lr", "1", "threads", "1"));
        TrainingSession<AeConfig> ae = new TrainingSession<>(AeFamily.INSTANCE.factory(), diverging, 1);
        try {
            ae.start();
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (System.currentTimeMillis() < deadline && (ae.feed().status() == null
                    || ae.feed().status().state() != EngineState.READY)) {
                Thread.sleep(10);
            }
            ImageGrid atStart = (ImageGrid) ae.feed().takePreview();
            ae.play();
            SessionStatus status = ae.feed().status();
            while (System.currentTimeMillis() < deadline && status.message() == null) {
                Thread.sleep(10);
                status = ae.feed().status();
            }
            String said = status.message().in(Locale.ENGLISH);
            assertEquals("Training paused at step " + status.step() + ": KL became +∞, so the model had diverged, and it is"
                    + " back as it was at step 0. The usual cause is a learning rate too high for this model and loss: lower"
                    + " it from 1 to 0.1, say, and press Play again.", said);
            assertEquals(EngineState.PAUSED, status.state(), "paused, not failed: the student can change the rate");
            FeedFrame frame = ae.feed().takeFrame();
            ImageGrid afterRestore = (ImageGrid) frame.preview();
            assertNotNull(afterRestore, "the pictures are drawn again from the model as it is back");
            assertArrayEquals(atStart.bgra(), afterRestore.bgra(), "the reconstructions of step 0, not of the diverged model");
            AeReport report = (AeReport) frame.report();
            assertNotNull(report, "and the report");
            assertEquals(0, report.klPerDimension().length,
                    "back before the first step, so no KL measured yet, not the diverged step's: "
                            + Arrays.toString(report.klPerDimension()));
            Thread.sleep(200);
            long diverged = status.step();
            assertEquals(diverged, ae.feed().status().step(), "no step after");
            List<String> names = frame.restarts().get(0).metricNames();

            // Without going back, every weight is NaN and no learning rate could help: every later loss would be NaN.
            ae.applyLive(AeFamily.INSTANCE.configure("vae", DataSpec.of("digits"), DataKind.IMAGES,
                    Map.of("likelihood", "gaussian", "lr", "0.001", "threads", "1")));
            ae.play();
            List<MetricPoint> after = new ArrayList<>();
            while (System.currentTimeMillis() < deadline && after.size() < 30) {
                List<FeedItem> items = new ArrayList<>();
                ae.feed().drainTo(items);
                after.addAll(points(items));
                Thread.sleep(10);
            }
            ae.pause();
            assertTrue(after.size() >= 30, "30 steps after pressing Play again");
            for (String term : List.of("loss", "kl")) {
                for (MetricPoint point : after) {
                    assertTrue(Double.isFinite(point.values()[names.indexOf(term)]), term + " at step " + point.step());
                }
            }
            assertEquals(diverged + 1, after.get(0).step(), "the step count goes on");
        } finally {
            ae.stop(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void playingStopsByItselfOnceTheModelHasPlayedForTheTimeLimit() throws Exception {
        session = new TrainingSession<>(GanFamily.INSTANCE.factory(), SMALL, 1);
        session.start();
        awaitStatus(s -> s.state() == EngineState.READY, "READY");
        session.setTimeLimit(1500);
        long began = System.nanoTime();
        session.play();
        SessionStatus done = awaitStatus(s -> s.state() == EngineState.PAUSED, "PAUSED once the time is up");
        double played = (System.nanoTime() - began) / 1e9;
        assertTrue(played >= 1.5, "not before the time is up: " + played + " s");
        assertTrue(done.step() > 0);
        Thread.sleep(200);
        assertEquals(done.step(), session.feed().status().step(), "no step after");

        // Play again: the limit is lifted, as with a target step.
        session.play();
        awaitStatus(s -> s.step() > done.step() + 5, "training on");
        session.pause();
    }

    @Test
    void playingStopsByItselfAtTheTargetStep() throws Exception {
        session = new TrainingSession<>(GanFamily.INSTANCE.factory(), SMALL, 1);
        session.start();
        awaitStatus(s -> s.state() == EngineState.READY, "READY");
        session.setTargetSteps(25);
        session.play();
        SessionStatus done = awaitStatus(s -> s.state() == EngineState.PAUSED, "PAUSED at the target");
        assertEquals(25, done.step());
        assertEquals(1.0, done.progress(), 0);
        Thread.sleep(200);
        List<FeedItem> all = new ArrayList<>();
        session.feed().drainTo(all);
        assertEquals(25, points(all).size());
        assertEquals(25, session.feed().status().step());
        assertNotNull(session.feed().takePreview(), "a preview of the final state");

        // Play again after the target: the limit is lifted and training continues.
        session.play();
        awaitStatus(s -> s.step() > 30, "training past the old target");
    }

    @Test
    void liveSettingsReachTheExperimentOnTheMlThread() throws Exception {
        session = new TrainingSession<>(GanFamily.INSTANCE.factory(), SMALL, 1);
        session.start();
        awaitStatus(s -> s.state() == EngineState.READY, "READY");
        session.applyLive(SMALL.withLrG(0.0123).withHiddenWidth(99));
        CompletableFuture<GanConfig> seen = new CompletableFuture<>();
        CompletableFuture<String> thread = new CompletableFuture<>();
        session.withExperiment(e -> {
            thread.complete(Thread.currentThread().getName());
            seen.complete(e.config());
        });
        GanConfig config = seen.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        assertEquals(0.0123, config.lrG(), 0);
        assertEquals(SMALL.hiddenWidth(), config.hiddenWidth(), "structural settings wait for a reset");
        assertEquals("generativa-ml", thread.get());
    }

    @Test
    void stepCommandsAreIgnoredWhilePlaying() throws Exception {
        session = new TrainingSession<>(GanFamily.INSTANCE.factory(), SMALL, 1);
        session.start();
        awaitStatus(s -> s.state() == EngineState.READY, "READY");
        session.play();
        awaitStatus(s -> s.state() == EngineState.TRAINING, "TRAINING");
        for (int i = 0; i < 5; i++) {
            session.step(StepKind.D_ONLY);
        }
        session.pause();
        SessionStatus paused = awaitStatus(s -> s.state() == EngineState.PAUSED, "PAUSED");
        Thread.sleep(100);
        List<FeedItem> all = new ArrayList<>();
        session.feed().drainTo(all);
        List<MetricPoint> points = points(all);
        assertEquals(paused.step(), points.size());
        int lossG = GanExperiment.metricNamesFor(GanModelKind.GAN).indexOf("loss_g");
        for (int i = 0; i < points.size(); i++) {
            assertEquals(i + 1, points.get(i).step());
            assertTrue(Double.isFinite(points.get(i).values()[lossG]), "step " + (i + 1) + " was not a full step");
        }
    }

    @Test
    void anInitialConfigThatCannotBeBuiltIsReportedAndAResetRecovers() throws Exception {
        session = new TrainingSession<>(GanFamily.INSTANCE.factory(), SMALL.withDataset("missing-set"), 1);
        session.start();
        SessionStatus failed = awaitStatus(s -> s.message() != null, "a message about the dataset");
        assertTrue(failed.message().in(Locale.ROOT).contains("missing-set"), failed.message().in(Locale.ROOT));
        assertEquals(EngineState.FAILED, failed.state());
        List<FeedItem> nothing = new ArrayList<>();
        session.feed().drainTo(nothing);
        assertEquals(List.of(), nothing);

        session.reset(SMALL);
        SessionStatus ready = awaitStatus(s -> s.state() == EngineState.READY, "READY after a good reset");
        assertEquals(0, ready.step());
        session.step(StepKind.BOTH);
        awaitStatus(s -> s.step() == 1, "one step after recovering");
        assertTrue(session.stop(2, TimeUnit.SECONDS));
    }

    /** A model that takes 1.3 s a step, longer than the one-second window the rate is measured over. */
    private static final class SlowExperiment implements Experiment<String> {
        private long steps;

        @Override
        public String config() {
            return "slow";
        }

        @Override
        public List<String> metricNames() {
            return List.of("a");
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public MetricPoint step(StepKind kind) {
            try {
                Thread.sleep(1300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new MetricPoint(++steps, new double[] {steps});
        }

        @Override
        public void applyLive(String config) {
        }

        @Override
        public Preview preview() {
            return new PointCloud(new float[] {0, 0}, new float[] {0, 0});
        }

        @Override
        public void saveCheckpoint(Path directory) {
        }

        @Override
        public void loadCheckpoint(Path directory) {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aModelSlowerThanAStepASecondStillHasARate() throws Exception {
        TrainingSession<String> slow = new TrainingSession<>((m, c) -> new SlowExperiment(), "slow", 1);
        try {
            slow.start();
            long deadline = System.currentTimeMillis() + TIMEOUT_MS;
            while (slow.feed().status().state() != EngineState.READY) {
                assertTrue(System.currentTimeMillis() < deadline, "the slow model is built");
                Thread.sleep(10);
            }
            slow.play();
            SessionStatus measured = null;
            while (measured == null || measured.stepsPerSecond() == 0) {
                assertTrue(System.currentTimeMillis() < deadline, "a rate after a few slow steps");
                Thread.sleep(50);
                measured = slow.feed().status();
            }
            long until = System.currentTimeMillis() + 3000;
            while (System.currentTimeMillis() < until) {
                double rate = slow.feed().status().stepsPerSecond();
                assertEquals(1 / 1.3, rate, 0.25, "about 0.77 steps a second, and never 0 while it trains");
                Thread.sleep(50);
            }
        } finally {
            slow.stop(5, TimeUnit.SECONDS);
        }
    }
}
