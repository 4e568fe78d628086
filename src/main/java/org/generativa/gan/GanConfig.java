package org.generativa.gan;

import java.util.List;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Hyperparameter.Applies;

/** Everything that defines a GAN run; two runs with equal configs and one thread are identical. */
public record GanConfig(
        String model,
        DataSpec dataset,
        GanLoss loss,
        double lrG,
        double lrD,
        double beta1,
        int batchSize,
        int latentSize,
        int hiddenWidth,
        int dStepsPerG,
        long seed,
        int threads) {

    public static final String MODEL = "gan";

    /**
     * Settings that train well on the given kind of data in a minute or two on a laptop CPU. One
     * intra-op thread: these networks are too small to gain from more, and a second thread
     * collapses throughput whenever the UI competes for a core.
     */
    public static GanConfig defaultsFor(String source, DataKind kind) {
        return defaultsFor(DataSpec.of(source), kind);
    }

    /** See {@link #defaultsFor(String, DataKind)}. */
    public static GanConfig defaultsFor(DataSpec dataset, DataKind kind) {
        int threads = 1;
        return kind != DataKind.IMAGES
                ? new GanConfig(MODEL, dataset, GanLoss.NON_SATURATING, 1e-3, 1e-3, 0.5, 256, 16, 128, 1, 1, threads)
                : new GanConfig(MODEL, dataset, GanLoss.NON_SATURATING, 2e-4, 2e-4, 0.5, 64, 64, 256, 1, 1, threads);
    }

    public GanConfig withDataset(String source) {
        return withDataset(dataset.withSource(source));
    }

    public GanConfig withDataset(DataSpec value) {
        return new GanConfig(model, value, loss, lrG, lrD, beta1, batchSize, latentSize, hiddenWidth, dStepsPerG, seed, threads);
    }

    public GanConfig withLoss(GanLoss value) {
        return new GanConfig(model, dataset, value, lrG, lrD, beta1, batchSize, latentSize, hiddenWidth, dStepsPerG, seed, threads);
    }

    public GanConfig withLrG(double value) {
        return new GanConfig(model, dataset, loss, value, lrD, beta1, batchSize, latentSize, hiddenWidth, dStepsPerG, seed, threads);
    }

    public GanConfig withLrD(double value) {
        return new GanConfig(model, dataset, loss, lrG, value, beta1, batchSize, latentSize, hiddenWidth, dStepsPerG, seed, threads);
    }

    public GanConfig withBeta1(double value) {
        return new GanConfig(model, dataset, loss, lrG, lrD, value, batchSize, latentSize, hiddenWidth, dStepsPerG, seed, threads);
    }

    public GanConfig withBatchSize(int value) {
        return new GanConfig(model, dataset, loss, lrG, lrD, beta1, value, latentSize, hiddenWidth, dStepsPerG, seed, threads);
    }

    public GanConfig withLatentSize(int value) {
        return new GanConfig(model, dataset, loss, lrG, lrD, beta1, batchSize, value, hiddenWidth, dStepsPerG, seed, threads);
    }

    public GanConfig withHiddenWidth(int value) {
        return new GanConfig(model, dataset, loss, lrG, lrD, beta1, batchSize, latentSize, value, dStepsPerG, seed, threads);
    }

    public GanConfig withDStepsPerG(int value) {
        return new GanConfig(model, dataset, loss, lrG, lrD, beta1, batchSize, latentSize, hiddenWidth, value, seed, threads);
    }

    public GanConfig withSeed(long value) {
        return new GanConfig(model, dataset, loss, lrG, lrD, beta1, batchSize, latentSize, hiddenWidth, dStepsPerG, value, threads);
    }

    public GanConfig withThreads(int value) {
        return new GanConfig(model, dataset, loss, lrG, lrD, beta1, batchSize, latentSize, hiddenWidth, dStepsPerG, seed, value);
    }

    /** The settings a user may change, in display order. Keys double as CLI option names. */
    public static final List<Hyperparameter<GanConfig>> HYPERPARAMETERS = List.of(
            Hyperparameter.real("lr-g", 0, true, 1, Applies.LIVE, GanConfig::lrG, (c, v) -> c.withLrG(v.doubleValue())),
            Hyperparameter.real("lr-d", 0, true, 1, Applies.LIVE, GanConfig::lrD, (c, v) -> c.withLrD(v.doubleValue())),
            Hyperparameter.real("beta1", 0, false, 0.999, Applies.ON_RESET, GanConfig::beta1,
                    (c, v) -> c.withBeta1(v.doubleValue())),
            Hyperparameter.integer("batch", 1, 4096, Applies.LIVE, GanConfig::batchSize,
                    (c, v) -> c.withBatchSize(v.intValue())),
            Hyperparameter.integer("latent", 1, 512, Applies.ON_RESET, GanConfig::latentSize,
                    (c, v) -> c.withLatentSize(v.intValue())),
            Hyperparameter.integer("hidden", 4, 4096, Applies.ON_RESET, GanConfig::hiddenWidth,
                    (c, v) -> c.withHiddenWidth(v.intValue())),
            Hyperparameter.integer("d-steps", 1, 20, Applies.LIVE, GanConfig::dStepsPerG,
                    (c, v) -> c.withDStepsPerG(v.intValue())),
            Hyperparameter.integer("seed", 0, Integer.MAX_VALUE, Applies.ON_RESET, GanConfig::seed,
                    (c, v) -> c.withSeed(v.longValue())),
            Hyperparameter.integer("threads", 1, 64, Applies.LIVE, GanConfig::threads,
                    (c, v) -> c.withThreads(v.intValue())));
}
