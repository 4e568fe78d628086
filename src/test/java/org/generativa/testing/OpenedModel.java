package org.generativa.testing;

import ai.djl.ndarray.NDManager;
import org.generativa.family.LatentModel;
import org.generativa.run.RunCheckpoint;
import org.generativa.train.Experiment;

/**
 * A saved run rebuilt with its weights, seen through its latent space, whatever its family.
 *
 * @param configuredLatentSize the code size the run's config asks for
 */
public record OpenedModel(Experiment<?> experiment, LatentModel model, int configuredLatentSize) implements AutoCloseable {

    public static <C> OpenedModel of(RunCheckpoint<C> run, NDManager manager) {
        Experiment<C> experiment = run.open(manager);
        return new OpenedModel(experiment, run.family().latentModel(experiment).orElseThrow(),
                run.family().latentSize(run.config()));
    }

    @Override
    public void close() {
        experiment.close();
    }
}
