package org.generativa.gan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.generativa.data.Batch;
import org.generativa.data.BatchPrefetcher;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.data.ValueRange;
import org.generativa.nn.Backend;
import org.generativa.train.Experiment;
import org.generativa.train.ExperimentFactory;
import org.generativa.train.GridRenderer;
import org.generativa.train.MetricPoint;
import org.generativa.train.PointCloud;
import org.generativa.train.Preview;
import org.generativa.train.ScalarSamples;
import org.generativa.train.StepKind;

/**
 * A vanilla GAN on one dataset. Images are scaled from [0, 1] to [-1, 1] to match G's tanh output;
 * points are used as they are.
 */
public final class GanExperiment implements Experiment<GanConfig> {

    public static final List<String> METRICS = List.of("loss_d", "loss_g", "d_real", "d_fake", "grad_norm_g");
    private static final int GRID_COLUMNS = 8;
    private static final int GRID_SAMPLES = 64;
    private static final int PREVIEW_POINTS = 1000;

    private final NDManager manager;
    private final Dataset dataset;
    private final VanillaGan gan;
    private final BatchPrefetcher batches;
    private final NDArray fixedNoise;
    private final float[] previewReal;
    private GanConfig config;
    private long steps;
    private static final VanillaGan.DStats NOT_MEASURED = new VanillaGan.DStats(Float.NaN, Float.NaN, Float.NaN);

    public GanExperiment(NDManager parent, Dataset dataset, GanConfig config) {
        this.manager = parent.newSubManager();
        this.dataset = dataset;
        this.config = config;
        this.batches = new BatchPrefetcher(dataset, config.seed(), config.batchSize(), ValueRange.SYMMETRIC);
        Backend.setThreads(config.threads());
        Backend.seed(config.seed());
        this.gan = new VanillaGan(manager, config, dataset.itemSize(), dataset.kind() == DataKind.IMAGES);
        boolean points = dataset.kind() != DataKind.IMAGES;
        this.fixedNoise = gan.noise(manager, points ? PREVIEW_POINTS : GRID_SAMPLES);
        this.previewReal = points ? dataset.sample(PREVIEW_POINTS, new SplittableRandom(config.seed() + 1)).values() : null;
    }

    public static ExperimentFactory<GanConfig> factory() {
        return (manager, config) -> new GanExperiment(manager, DatasetLoader.open(config.dataset(), config.seed()), config);
    }

    @Override
    public GanConfig config() {
        return config;
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public MetricPoint step(StepKind kind) {
        VanillaGan.DStats lastD = NOT_MEASURED;
        float lossG = Float.NaN;
        float gradNorm = Float.NaN;
        try (NDManager m = manager.newSubManager()) {
            if (kind != StepKind.G_ONLY) {
                int dSteps = kind == StepKind.BOTH ? config.dStepsPerG() : 1;
                for (int i = 0; i < dSteps; i++) {
                    lastD = gan.trainDiscriminator(realBatch(m));
                }
            }
            if (kind != StepKind.D_ONLY) {
                VanillaGan.GStats g = gan.trainGenerator(m, config.batchSize());
                lossG = g.loss();
                gradNorm = g.gradientNorm();
            }
        }
        steps++;
        return new MetricPoint(steps, new double[] {lastD.loss(), lossG, lastD.meanDReal(), lastD.meanDFake(), gradNorm});
    }

    private NDArray realBatch(NDManager m) {
        Batch batch = batches.next();
        return m.create(batch.values(), new Shape(batch.count(), dataset.itemSize()));
    }

    /** How data feeding went: mean batch assembly time on the prefetch thread and mean wait of the trainer. */
    public BatchPrefetcher prefetcher() {
        return batches;
    }

    @Override
    public void applyLive(GanConfig updated) {
        gan.setLearningRates(updated.lrG(), updated.lrD());
        gan.setLoss(updated.loss());
        Backend.setThreads(updated.threads());
        batches.setBatchSize(updated.batchSize());
        config = config.withLrG(updated.lrG()).withLrD(updated.lrD()).withLoss(updated.loss())
                .withBatchSize(updated.batchSize()).withDStepsPerG(updated.dStepsPerG()).withThreads(updated.threads());
    }

    /** {@code count} fresh generated items, flattened, in the data's own range. */
    public float[] sample(int count) {
        try (NDManager m = manager.newSubManager()) {
            float[] values = gan.generate(gan.noise(m, count)).toFloatArray();
            if (dataset.kind() == DataKind.IMAGES) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = (values[i] + 1) / 2;
                }
            }
            return values;
        }
    }

    @Override
    public Preview preview() {
        float[] generated;
        try (NDManager m = manager.newSubManager()) {
            NDArray z = fixedNoise.duplicate();
            z.attach(m);
            generated = gan.generate(z).toFloatArray();
        }
        if (dataset.kind() == DataKind.POINTS) {
            return new PointCloud(previewReal, generated);
        }
        if (dataset.kind() == DataKind.SCALARS) {
            return new ScalarSamples(previewReal, generated);
        }
        int[] shape = dataset.itemShape();
        return GridRenderer.render(generated, GRID_SAMPLES, shape[0], shape[1], shape[2], GRID_COLUMNS, -1f, 1f);
    }

    @Override
    public void saveCheckpoint(Path directory) throws IOException {
        gan.save(directory);
    }

    @Override
    public void close() {
        batches.close();
        manager.close();
    }
}
