package org.generativa.latent;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.train.Experiment;
import org.generativa.train.GridRenderer;
import org.generativa.train.ImageGrid;
import org.generativa.train.TrainingSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slider previews of one training session: {@link #request} a code from any thread, and the session's engine
 * thread decodes it between training steps. Requests coalesce: only the newest pending one is decoded, so
 * dragging a slider never builds a backlog. A viewer polls {@link #take} (the UI at its frame rate) or
 * listens with {@link #setListener} (called on the engine thread).
 */
public final class LatentPreview {

    private static final Logger LOG = LoggerFactory.getLogger(LatentPreview.class);

    /**
     * One decoded code.
     *
     * @param item the decoded item in the data's range
     * @param image the item as BGRA pixels (with the grid's gutter round it); null when the data are not images
     * @param error why the code could not be decoded (no latent space, a code of the wrong size), else null
     * @param requestedNanos {@link System#nanoTime()} at the request
     * @param startedNanos when the engine thread took it up
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

    private final Consumer<Consumer<Experiment<?>>> engine;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicReference<Rendered> latest = new AtomicReference<>();
    private volatile Consumer<Rendered> listener = r -> { };
    private Experiment<?> owner;
    private LatentModel model;

    public <C> LatentPreview(TrainingSession<C> session) {
        this.engine = job -> session.withExperiment(job::accept);
        // A job sent while the session had no experiment never ran; a fresh experiment picks up what is pending.
        session.onRebuild(experiment -> {
            scheduled.set(false);
            if (pending.get() != null) {
                render(experiment);
            }
        });
    }

    /**
     * Asks for {@code code} to be decoded; replaces a request still pending. Returns the request's id.
     *
     * @param conditionClass the class for a conditional generator; -1 otherwise
     */
    public long request(float[] code, int conditionClass) {
        long id = ids.incrementAndGet();
        pending.set(new Request(id, code.clone(), conditionClass, System.nanoTime()));
        if (scheduled.compareAndSet(false, true)) {
            engine.accept(this::render);
        }
        return id;
    }

    /** The newest result not yet taken, or null. */
    public Rendered take() {
        return latest.getAndSet(null);
    }

    /** Called on the engine thread with every result; keep it short. */
    public void setListener(Consumer<Rendered> value) {
        listener = value == null ? r -> { } : value;
    }

    private void render(Experiment<?> experiment) {
        scheduled.set(false);
        Request request = pending.getAndSet(null);
        if (request == null) {
            return;
        }
        long started = System.nanoTime();
        float[] item = null;
        ImageGrid image = null;
        String error = null;
        try {
            LatentModel current = modelOf(experiment);
            if (current == null) {
                error = "This model has no latent space.";
            } else if (request.code().length != current.latentSize()) {
                error = "The code has " + request.code().length + " values and the model's " + current.latentSize() + ".";
            } else {
                item = current.decode(request.code(), 1, Pictures.classes(current, request.conditionClass(), 1));
                image = picture(current.dataset(), item);
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

    private LatentModel modelOf(Experiment<?> experiment) {
        if (experiment != owner) {
            owner = experiment;
            model = LatentModels.of(experiment).orElse(null);
        }
        return model;
    }

    private static ImageGrid picture(Dataset data, float[] item) {
        if (data.kind() != DataKind.IMAGES) {
            return null;
        }
        int[] shape = data.itemShape();
        return GridRenderer.render(item, 1, shape[0], shape[1], shape[2], 1, 0f, 1f);
    }
}
