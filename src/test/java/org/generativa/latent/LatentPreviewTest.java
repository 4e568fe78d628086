package org.generativa.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanFamily;
import org.generativa.gan.GanModelKind;
import org.generativa.preview.GridRenderer;
import org.generativa.testing.Tiny;
import org.generativa.train.EngineState;
import org.generativa.train.TrainingSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slider previews are decoded on a thread of their own, coalesce, and survive bad codes and resets. */
class LatentPreviewTest {

    private static final GanConfig CONFIG = Tiny.gan(GanModelKind.DCGAN, "digits");

    private TrainingSession<GanConfig> session;
    private final BlockingQueue<LatentPreview.Rendered> delivered = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() throws InterruptedException {
        if (session != null) {
            session.stop(5, TimeUnit.SECONDS);
        }
    }

    private LatentPreview start() throws InterruptedException {
        session = new TrainingSession<>(GanFamily.INSTANCE.factory(), CONFIG, 1);
        LatentPreview preview = new LatentPreview(session, GanFamily.INSTANCE);
        preview.setListener(delivered::add);
        session.start();
        awaitState(EngineState.READY);
        return preview;
    }

    private void awaitState(EngineState state) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (session.feed().status().state() != state) {
            assertTrue(System.currentTimeMillis() < deadline, "waiting for " + state + ", at " + session.feed().status());
            Thread.sleep(5);
        }
    }

    private LatentPreview.Rendered next() throws InterruptedException {
        LatentPreview.Rendered r = delivered.poll(30, TimeUnit.SECONDS);
        assertNotNull(r, "a preview arrives");
        return r;
    }

    private float[] decodeOnEngine(float[] code) throws Exception {
        CompletableFuture<float[]> result = new CompletableFuture<>();
        session.withExperiment(e -> result.complete(GanFamily.INSTANCE.latentModel(e).orElseThrow().decode(code, 1, null)));
        return result.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aRequestComesBackAsTheDecodedImage() throws Exception {
        LatentPreview preview = start();
        float[] code = {0.5f, -1, 2, 0};
        long id = preview.request(code, -1);
        LatentPreview.Rendered r = next();
        assertEquals(id, r.requestId());
        assertNull(r.error());
        assertArrayEquals(code, r.code());
        assertArrayEquals(decodeOnEngine(code), r.item(), 0f);
        assertEquals(28 + 2 * GridRenderer.GUTTER, r.image().width());
        assertTrue(r.latencyMillis() >= r.renderMillis() && r.renderMillis() >= 0);
        assertEquals(r, preview.take(), "the viewer can poll the newest result");
        assertNull(preview.take(), "once");
    }

    @Test
    void aPreviewNeedNotWaitForTheEngine() throws Exception {
        LatentPreview preview = start();
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        session.runTask("hold", (experiment, progress) -> {
            busy.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(busy.await(30, TimeUnit.SECONDS));
        try {
            long id = preview.request(new float[] {1, 0, 0, 0}, -1);
            assertEquals(id, next().requestId(), "decoded while the engine thread is busy");
        } finally {
            release.countDown();
        }
    }

    @Test
    void requestsWaitingForThePreviewThreadCoalesceToTheNewest() throws Exception {
        LatentPreview preview = start();
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        preview.setListener(r -> {
            delivered.add(r);
            inListener.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        long first = preview.request(new float[4], -1);
        assertTrue(inListener.await(30, TimeUnit.SECONDS));
        long last = 0;
        for (int i = 0; i < 5; i++) {
            last = preview.request(new float[] {i, 0, 0, 0}, -1);
        }
        release.countDown();
        assertEquals(first, next().requestId());
        LatentPreview.Rendered r = next();
        assertEquals(last, r.requestId(), "only the newest request is decoded");
        assertArrayEquals(new float[] {4, 0, 0, 0}, r.code());
        Thread.sleep(300);
        assertEquals(0, delivered.size(), "and nothing else");
    }

    @Test
    void previewsArriveWhileTrainingAndABadCodeDoesNotStopIt() throws Exception {
        LatentPreview preview = start();
        session.play();
        awaitState(EngineState.TRAINING);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(preview.request(new float[] {i, i, i, i}, -1));
            assertEquals(ids.get(i), next().requestId());
        }
        preview.request(new float[3], -1);
        LatentPreview.Rendered bad = next();
        assertEquals("The code has 3 values and the model's 4.", bad.error());
        assertNull(bad.image());
        long step = session.feed().status().step();
        Thread.sleep(200);
        assertEquals(EngineState.TRAINING, session.feed().status().state());
        assertTrue(session.feed().status().step() > step, "training goes on");
        assertNull(session.feed().status().message());
    }

    @Test
    void afterAResetTheNewModelDecodes() throws Exception {
        LatentPreview preview = start();
        session.reset(CONFIG.withLatentSize(6));
        preview.request(new float[6], -1);
        LatentPreview.Rendered r = next();
        assertNull(r.error());
        assertEquals(28 * 28, r.item().length);
        preview.request(new float[4], -1);
        assertEquals("The code has 4 values and the model's 6.", next().error());
    }
}
