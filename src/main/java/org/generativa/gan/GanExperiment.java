package org.generativa.gan;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;
import org.generativa.data.Batch;
import org.generativa.data.BatchPrefetcher;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.data.GaussianMixture2D;
import org.generativa.data.ValueRange;
import org.generativa.metrics.ModeCoverage;
import org.generativa.nn.Backend;
import org.generativa.nn.NetworkState;
import org.generativa.nn.Upsampling;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.ImageGrid;
import org.generativa.preview.PointCloud;
import org.generativa.preview.Preview;
import org.generativa.preview.Report;
import org.generativa.preview.ScalarSamples;
import org.generativa.train.Experiment;
import org.generativa.train.FirstLayerPictures;
import org.generativa.train.MetricPoint;
import org.generativa.train.Setting;
import org.generativa.train.StateCopy;
import org.generativa.train.StepKind;

/**
 * A GAN of the family on one dataset. Images are scaled from [0, 1] to [-1, 1] to match G's tanh
 * output; points and values are used as they are.
 */
public final class GanExperiment implements Experiment<GanConfig> {

    private static final List<String> BASE_METRICS =
            List.of("loss_d", "loss_g", "d_real", "d_fake", "grad_norm_g", "tp", "fn", "fp", "tn");
    private static final int GRID_COLUMNS = 8;
    /** Samples whose mode coverage is measured on a mixture of Gaussians. */
    public static final int MODE_SAMPLES = 2500;
    private static final int FEATURES_SHOWN = 64;
    private static final int GRID_SAMPLES = 64;
    private static final int PREVIEW_POINTS = 1000;
    private static final int MAX_CLASS_ROWS = 16;

    private final NDManager manager;
    private final Dataset dataset;
    private final GanNetworks nets;
    private final GanTrainer trainer;
    private final BatchPrefetcher batches;
    private final List<String> metricNames;
    private final NDArray fixedNoise;
    private final int[] fixedClasses;
    private final float[] previewReal;
    private GanConfig config;
    private long steps;
    private SampleQualityMonitor quality;

    public GanExperiment(NDManager parent, Dataset dataset, GanConfig config) {
        boolean images = dataset.kind() == DataKind.IMAGES;
        if (config.model().needsImages() && !images) {
            throw InvalidInputException.of("gan.needsImages", config.model().cliName(), dataset.name(),
                    Sentence.of(dataset.kind() == DataKind.POINTS ? "data.points" : "data.values"));
        }
        int classes = config.model().conditional() ? dataset.labelNames().size() : 0;
        if (config.model().conditional() && classes < 2) {
            throw InvalidInputException.of("gan.cganNeedsLabels", dataset.name());
        }
        boolean convolutional = images && !config.model().alwaysDense();
        int[] shape = dataset.itemShape();
        if (convolutional && (shape[1] != shape[2] || !List.of(28, 32, 64).contains(shape[1]))) {
            throw InvalidInputException.of("model.imageSize", config.model().cliName(), dataset.name(),
                    String.valueOf(shape[1]), String.valueOf(shape[2]));
        }
        if (convolutional && config.hiddenWidth() < 4) {
            throw InvalidInputException.of("gan.widthTooSmall", String.valueOf(config.hiddenWidth()), config.model().cliName());
        }
        DataKind kind = dataset.kind();
        if (config.depth() != GanConfig.DEFAULT_DEPTH && !GanConfig.fullyConnected(config.model(), kind)) {
            throw InvalidInputException.of("gan.depthForDense", config.model().cliName(), dataset.name());
        }
        if (config.upsample() != Upsampling.NEAREST && !GanConfig.convolutionalGenerator(config.model(), kind)) {
            throw InvalidInputException.of("gan.upsampleForConv", config.model().cliName(), dataset.name());
        }
        config.checkPacking();
        this.manager = parent.newSubManager();
        this.dataset = dataset;
        this.config = config;
        Backend.setThreads(config.upsample().threads(config.threads()));
        Backend.seed(config.seed());
        this.nets = new GanNetworks(manager, config, dataset.itemShape(), images, classes);
        this.trainer = new GanTrainer(nets, config, dataset.itemSize());
        this.batches = new BatchPrefetcher(dataset, config.seed(), config.batchSize(), ValueRange.SYMMETRIC);
        this.metricNames = metricNamesFor(config.model());
        int previewCount = !images ? PREVIEW_POINTS : classes > 0 ? Math.min(classes, MAX_CLASS_ROWS) * GRID_COLUMNS : GRID_SAMPLES;
        this.fixedNoise = nets.noise(manager, previewCount);
        this.fixedClasses = classes > 0 ? classRows(previewCount, classes) : null;
        this.previewReal = images ? null : dataset.sample(PREVIEW_POINTS, new SplittableRandom(config.seed() + 1)).values();
    }

    /** The metrics a step of {@code model} reports, in order. */
    public static List<String> metricNamesFor(GanModelKind model) {
        List<String> names = new ArrayList<>(BASE_METRICS);
        if (model.wasserstein()) {
            names.add("w_estimate");
        }
        if (model.gradientPenalty()) {
            names.add("gp");
        }
        return List.copyOf(names);
    }

    /** Fixed-noise previews of a conditional model: one row of {@link #GRID_COLUMNS} per class. */
    private static int[] classRows(int count, int classes) {
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = (i / GRID_COLUMNS) % classes;
        }
        return rows;
    }

    @Override
    public GanConfig config() {
        return config;
    }

    @Override
    public List<Double> learningRates() {
        return List.of(config.lrG(), config.lrD());
    }

    public Dataset dataset() {
        return dataset;
    }

    public GanNetworks networks() {
        return nets;
    }

    /** Where G's loss pushes each of {@code points} (one item per row), D as it is now: see {@link GanTrainer#generatorPull}. */
    public float[] generatorPull(NDManager m, NDArray points) {
        return trainer.generatorPull(m, points, null);
    }

    /** How data feeding went: mean batch assembly time on the prefetch thread and mean wait of the trainer. */
    public BatchPrefetcher prefetcher() {
        return batches;
    }

    @Override
    public List<String> metricNames() {
        return metricNames;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public MetricPoint step(StepKind kind) {
        GanTrainer.DStats d = null;
        GanTrainer.GStats g = null;
        try (NDManager m = manager.newSubManager()) {
            if (kind != StepKind.G_ONLY) {
                int dSteps = kind == StepKind.BOTH ? config.dStepsPerG() : 1;
                for (int i = 0; i < dSteps; i++) {
                    Batch batch = batches.next();
                    NDArray real = m.create(batch.values(), new Shape(batch.count(), dataset.itemSize()));
                    d = trainer.trainDiscriminator(m, real, batch.labels());
                }
            }
            if (kind != StepKind.D_ONLY) {
                int gSteps = kind == StepKind.BOTH ? config.gStepsPerD() : 1;
                for (int i = 0; i < gSteps; i++) {
                    g = trainer.trainGenerator(m, config.batchSize(), batches::next);
                }
            }
        }
        steps++;
        double[] values = new double[metricNames.size()];
        Arrays.fill(values, Double.NaN);
        if (d != null) {
            values[0] = d.loss();
            values[2] = d.scoreReal();
            values[3] = d.scoreFake();
            values[5] = d.tp();
            values[6] = d.fn();
            values[7] = d.fp();
            values[8] = d.tn();
            if (config.model().wasserstein()) {
                values[9] = d.wassersteinEstimate();
            }
            if (config.model().gradientPenalty()) {
                values[10] = d.penalty();
            }
        }
        if (g != null) {
            values[1] = g.loss();
            values[4] = g.gradientNorm();
        }
        return new MetricPoint(steps, values);
    }

    @Override
    public void applyLive(GanConfig updated) {
        GanConfig.checkPacking(updated.batchSize(), config.tricks().packing());
        Backend.setThreads(config.upsample().threads(updated.threads()));
        batches.setBatchSize(updated.batchSize());
        config = Setting.copyLive(GanConfig.SETTINGS, config, updated);
        trainer.applyLive(config);
    }

    /** {@code count} fresh generated items, flattened, in the data's own range; classes drawn uniformly for cgan. */
    public float[] sample(int count) {
        return sample(count, trainer.randomClasses(count));
    }

    /** {@code count} generated items of the given classes (null for unconditional models). */
    public float[] sample(int count, int[] classes) {
        try (NDManager m = manager.newSubManager()) {
            return toDataRange(nets.generate(nets.noise(m, count), trainer.oneHot(m, classes), false).toFloatArray());
        }
    }

    private float[] toDataRange(float[] values) {
        if (dataset.kind() == DataKind.IMAGES) {
            for (int i = 0; i < values.length; i++) {
                values[i] = (values[i] + 1) / 2;
            }
        }
        return values;
    }

    @Override
    public Preview preview() {
        float[] generated;
        try (NDManager m = manager.newSubManager()) {
            NDArray z = fixedNoise.duplicate();
            z.attach(m);
            generated = nets.generate(z, trainer.oneHot(m, fixedClasses), false).toFloatArray();
        }
        if (dataset.kind() == DataKind.POINTS) {
            return new PointCloud(previewReal, generated);
        }
        if (dataset.kind() == DataKind.SCALARS) {
            return new ScalarSamples(previewReal, generated);
        }
        int[] shape = dataset.itemShape();
        int count = (int) fixedNoise.getShape().get(0);
        ImageGrid grid = GridRenderer.render(generated, count, shape[0], shape[1], shape[2], GRID_COLUMNS, -1f, 1f);
        return fixedClasses == null ? grid : grid.withRowLabels(dataset.labelNames().subList(0, count / GRID_COLUMNS));
    }

    /** What D looks for in an image (its first layer, see {@link #learnedFeatures}); null on points. */
    @Override
    public Preview sidePreview() {
        return learnedFeatures();
    }

    /**
     * The discriminator's first layer on images: what D looks for in a picture, one tile per unit or filter
     * ({@value #FEATURES_SHOWN} at most; the weights a unit gives a class or other packed samples are left out);
     * null on points.
     */
    @Override
    public Preview learnedFeatures() {
        if (dataset.kind() != DataKind.IMAGES) {
            return null;
        }
        return FirstLayerPictures.of(nets.discriminator(), dataset.itemShape(), FEATURES_SHOWN, GRID_COLUMNS);
    }

    /** Measure samples with this monitor's reference classifier in every report. */
    void attach(SampleQualityMonitor monitor) {
        quality = monitor;
    }

    /**
     * The reference classifier's scores of samples when a monitor is attached; on a mixture of Gaussians in the plane,
     * how many of its modes {@value #MODE_SAMPLES} samples capture.
     */
    @Override
    public Report report() {
        if (quality != null) {
            return quality.measure(this);
        }
        if (dataset instanceof GaussianMixture2D mixture) {
            return ModeCoverage.measure(sample(MODE_SAMPLES), mixture.modes(), mixture.sigma());
        }
        return null;
    }

    @Override
    public void resumeAt(long reached) {
        steps = reached;
    }

    @Override
    public boolean weightsFinite() {
        return nets.weightsFinite();
    }

    @Override
    public StateCopy copyState() {
        NetworkState copy = nets.copyState();
        return StateCopy.of(() -> nets.restore(copy), copy::close);
    }

    @Override
    public void saveCheckpoint(Path directory) throws IOException {
        nets.save(directory);
    }

    @Override
    public void loadCheckpoint(Path directory) throws IOException, MalformedModelException {
        nets.load(directory);
    }

    @Override
    public void close() {
        batches.close();
        manager.close();
    }
}
