package org.generativa.ui.latent;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.generativa.family.LatentModel;
import org.generativa.family.ModelFamily;
import org.generativa.latent.LatentPreview;
import org.generativa.train.Experiment;
import org.generativa.train.Session;
import org.generativa.ui.common.I18n;

/**
 * A model the latent explorer can look at: the one a family tab is training, or one opened from a
 * checkpoint. Work on it runs on its session's engine thread, between training steps.
 */
public final class LatentSource {

    private final Supplier<String> name;
    private final Session<?> session;
    private final boolean owned;
    private final LatentPreview preview;
    private final Consumer<BiConsumer<Experiment<?>, Optional<LatentModel>>> models;
    private Experiment<?> seen;
    private LatentModel model;
    private volatile Runnable onNewModel = () -> { };

    /**
     * @param owned whether the source's session belongs to the explorer (a checkpoint) and stops with it
     */
    /** @param name the source's name in the language shown now */
    public <C> LatentSource(Supplier<String> name, Session<C> session, ModelFamily<C> family, boolean owned) {
        this.name = name;
        this.session = session;
        this.owned = owned;
        this.preview = new LatentPreview(session, family);
        this.models = action -> session.withExperiment(experiment -> action.accept(experiment, family.latentModel(experiment)));
        session.onRebuild(experiment -> onNewModel.run());
    }

    public String name() {
        return name.get();
    }

    LatentPreview preview() {
        return preview;
    }

    Session<?> session() {
        return session;
    }

    /** Called on the engine thread when the session builds a new model (a Reset, or the checkpoint loaded). */
    void setOnNewModel(Runnable value) {
        onNewModel = value;
    }

    /**
     * Runs {@code action} with the model on the engine thread. When there is no model with a latent space, or
     * the action fails, {@code problem} gets one sentence, on the engine thread.
     */
    void run(Consumer<LatentModel> action, Consumer<String> problem) {
        models.accept((experiment, latent) -> {
            if (experiment != seen) {
                seen = experiment;
                model = latent.orElse(null);
            }
            if (model == null) {
                problem.accept(I18n.format("latent.noLatentSpace", name.get()));
                return;
            }
            try {
                action.accept(model);
            } catch (RuntimeException e) {
                String text = I18n.error(e);
                problem.accept(text);
            }
        });
    }

    /** Stops the session when it is the explorer's own; true when it stopped in time (or is not the explorer's). */
    boolean release() {
        if (!owned) {
            return true;
        }
        try {
            return session.stop(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return name.get();
    }
}
