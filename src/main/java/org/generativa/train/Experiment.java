package org.generativa.train;

import ai.djl.MalformedModelException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.generativa.preview.Preview;
import org.generativa.preview.Report;

/**
 * A model, its data and its optimizers: the thing a {@link TrainingSession} trains. All methods run
 * on the thread that owns the engine.
 *
 * @param <C> the configuration type
 */
public interface Experiment<C> extends AutoCloseable {

    C config();

    /** Names of the values in each {@link MetricPoint}. */
    List<String> metricNames();

    /** Steps taken so far. */
    long steps();

    MetricPoint step(StepKind kind);

    /** Applies settings that may change while training runs; structural ones wait for a reset. */
    void applyLive(C config);

    Preview preview();

    /** A second view beside the main one (a VAE's samples from the prior, say), or null. */
    default Preview sidePreview() {
        return null;
    }

    /** The first layer's weights drawn as pictures (what the units look for in the input), or null. */
    default Preview learnedFeatures() {
        return null;
    }

    /** A slower measurement for the live view (taken every couple of seconds), or null when there is none. */
    default Report report() {
        return null;
    }

    /** The learning rates the optimizers use now: one, or G's then D's; empty where the model has none to name. */
    default List<Double> learningRates() {
        return List.of();
    }

    /** Continues the step count of a saved run that reached {@code steps}. */
    default void resumeAt(long steps) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot continue a saved run");
    }

    /**
     * A copy of the weights and optimizer states as they are now, to return to if training diverges; null for a model
     * that keeps none.
     */
    default StateCopy copyState() {
        return null;
    }

    /**
     * Whether every weight is still a number. A pass over all weights, so training asks only every few hundred steps:
     * weights can turn NaN while the losses still read as numbers (a unit that no loss reaches, say).
     */
    default boolean weightsFinite() {
        return true;
    }

    /** Writes the weights into {@code directory}. */
    void saveCheckpoint(Path directory) throws IOException;

    /** Loads weights that {@link #saveCheckpoint} wrote from an experiment of the same structure. */
    void loadCheckpoint(Path directory) throws IOException, MalformedModelException;

    @Override
    void close();
}
