package org.generativa.latent;

import java.util.Optional;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.gan.GanExperiment;
import org.generativa.train.Experiment;

/** The latent view of an experiment. */
public final class LatentModels {

    private LatentModels() {}

    /**
     * A GAN's generator or an autoencoder; empty for experiments without a latent space. The adapter reads
     * the experiment live (it changes while training) and, like the experiment, runs on the engine thread.
     */
    public static Optional<LatentModel> of(Experiment<?> experiment) {
        if (experiment instanceof GanExperiment gan) {
            return Optional.of(new GanLatentModel(gan));
        }
        if (experiment instanceof AeExperiment ae) {
            return Optional.of(new AeLatentModel(ae));
        }
        return Optional.empty();
    }
}
