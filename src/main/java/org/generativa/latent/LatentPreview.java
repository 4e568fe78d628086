package org.generativa.latent;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.family.LatentModel;
import org.generativa.family.ModelFamily;
import org.generativa.nn.Backend;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.ImageGrid;
import org.generativa.train.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slider previews of one training session: {@link #request} a code from any thread, and a preview thread of
 * its own decodes it at once, even in the middle of a training step. Requests coalesce: only the newest
 * pending one is decoded, so dragging a slider never builds a backlog. A viewer polls {@link #take} (the UI at
 * its frame rate) or listens with {@link #setListener} (called on the preview thread).
 *
 * <p>The preview thread runs the model's forward pass in inference mode (no autograd graph) beside the engine
 * thread, which may be updating the same weights in place; a preview taken during an optimizer update can mix
 * old and new weights of that one step, which no eye can tell. The engine thread never closes a model while a
 * preview uses it: it waits for the decode under way before it closes the experiment.
 */
public final class LatentPreview {

    private static final Logger LOG = LoggerFactory.getLogger(LatentPreview.class);
    private static final long IDLE_CHECK_MILLIS = 500;
    private static final long RESET_CHECK_MILLIS = 5;

    /**
     * One decoded code.
     *
     * @param item the decoded item in the data's range
     * @param image the item as BGRA pixels (with the grid's gutter round it); null when the data are not images
     * @param error why the code could not be decoded (no latent space, a code of the wrong size), else null
     * @param requestedNanos {@link System#nanoTime()} at the request
     * @param startedNanos when the preview thread took it up
     * @param deliveredNanos when the pixels were ready
     */
    public record Rendered(long requestId, float[] code, float[] item, ImageGrid image, String error,
            long requestedNanos, long startedNanos, long deliveredNanos) {

        /** Request to pixels, in milliseconds. */
        public double latencyMillis() {
            return (deliveredNanos - requestedNanos) / 1e6;
        }

        /** Decoding and rendering alone, in milliseconds. */
        public double renderMillis() {
            return (deliveredNanos - startedNanos) / 1e6;
        }
    }

    private record Request(long id, float[] code, int conditionClass, long requestedNanos) {}

    /** What the preview thread decodes with: the current experiment's model, or why there is none. */
    private record Current(LatentModel model, boolean built) {}

    private final Session<?> session;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicReference<Rendered> latest = new AtomicReference<>();
    private final ReentrantLock decoding = new ReentrantLock();
    private final Object wake = new Object();
    private volatile Current current = new Current(null, false);
    private volatile Consumer<Rendered> listener = r -> { };

    /** @param family the family of the session's models, which says what their latent space is */
    public <C> LatentPreview(Session<C> session, ModelFamily<C> family) {
        this.session = session;
        session.onRebuild(experiment -> {
            current = new Current(family.latentModel(experiment).orElse(null), true);
            signal();
        });
        session.onClosing(experiment -> {
            decoding.lock();
            try {
                current = new Current(null, false);
            } finally {
                decoding.unlock();
            }
        });
        Thread thread = new Thread(this::serve, "generativa-preview");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Asks for {@code code} to be decoded; replaces a request still pending. Returns the request's id.
     *
     * @param conditionClass the class for a conditional generator; -1 otherwise
     */
    public long request(float[] code, int conditionClass) {
        long id = ids.incrementAndGet();
        pending.set(new Request(id, code.clone(), conditionClass, System.nanoTime()));
        signal();
        return id;
    }

    /** The newest result not yet taken, or null. */
    public Rendered take() {
        return latest.getAndSet(null);
    }

    /** Called on the preview thread with every result; keep it short. */
    public void setListener(Consumer<Rendered> value) {
        listener = value == null ? r -> { } : value;
    }

    private void signal() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void serve() {
        boolean inferenceMode = false;
        while (!session.isStopped()) {
            try {
                synchronized (wake) {
                    if (pending.get() == null || !current.built() || session.resetPending()) {
                        wake.wait(session.resetPending() ? RESET_CHECK_MILLIS : IDLE_CHECK_MILLIS);
                        continue;
                    }
                }
                if (!inferenceMode) {
                    // The engine's natives are loaded once a model was built.
                    Backend.disableGradients();
                    inferenceMode = true;
                }
                render();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("A latent preview failed", e);
            }
        }
    }

    private void render() {
        decoding.lock();
        try {
            Current now = current;
            if (!now.built()) {
                return;
            }
            Request request = pending.getAndSet(null);
            if (request == null) {
                return;
            }
            deliver(request, now.model());
        } finally {
            decoding.unlock();
        }
    }

    private void deliver(Request request, LatentModel model) {
        long started = System.nanoTime();
        float[] item = null;
        ImageGrid image = null;
        String error = null;
        try {
            if (model == null) {
                error = "This model has no latent space.";
            } else if (request.code().length != model.latentSize()) {
                error = "The code has " + request.code().length + " values and the model's " + model.latentSize() + ".";
            } else {
                item = model.decode(request.code(), 1, Pictures.classes(model, request.conditionClass(), 1));
                image = picture(model.dataset(), item);
            }
        } catch (RuntimeException e) {
            LOG.warn("A latent preview failed", e);
            error = e.getMessage();
        }
        Rendered result = new Rendered(request.id(), request.code(), item, image, error, request.requestedNanos(), started,
                System.nanoTime());
        latest.set(result);
        listener.accept(result);
    }

    private static ImageGrid picture(Dataset data, float[] item) {
        if (data.kind() != DataKind.IMAGES) {
            return null;
        }
        int[] shape = data.itemShape();
        return GridRenderer.render(item, 1, shape[0], shape[1], shape[2], 1, 0f, 1f);
    }
}
