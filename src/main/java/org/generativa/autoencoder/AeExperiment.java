package org.generativa.autoencoder;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.generativa.common.InvalidInputException;
import org.generativa.data.Batch;
import org.generativa.data.BatchPrefetcher;
import org.generativa.data.DataKind;
import org.generativa.data.Dataset;
import org.generativa.data.HeldOutItems;
import org.generativa.data.ImageSet;
import org.generativa.data.ValueRange;
import org.generativa.metrics.ClassCoverage;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.metrics.SampleScore;
import org.generativa.nn.Backend;
import org.generativa.nn.NetworkState;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.ImageGrid;
import org.generativa.preview.PointCloud;
import org.generativa.preview.Preview;
import org.generativa.train.Experiment;
import org.generativa.train.FirstLayerPictures;
import org.generativa.train.MetricPoint;
import org.generativa.train.Setting;
import org.generativa.train.StateCopy;
import org.generativa.train.StepKind;

/**
 * An autoencoder of the family on one dataset. Images arrive in [0, 1]. On an image set the last
 * {@link HeldOutItems#heldOutCount} images are held out: never trained on, shown in the reconstruction
 * preview and measured at the end.
 */
public final class AeExperiment implements Experiment<AeConfig> {

    /** Final step metrics are means over this many last steps. */
    public static final int SUMMARY_WINDOW = 100;
    /** Prior samples the reference classifier scores in each live report. */
    public static final int REPORT_SAMPLES = 500;

    private static final int COLUMNS = 8;
    private static final int FEATURES_SHOWN = 64;
    private static final int PREVIEW_GROUPS = 4;
    private static final int PRIOR_GRID = 64;
    private static final int PREVIEW_POINTS = 1000;
    private static final long PREVIEW_SEED = 0x50524556L;
    private static final double[] NONE = new double[0];
    /** Held-out images on which the copy gain (the identity trap) is measured. */
    private static final int COPY_IMAGES = 250;

    private final NDManager manager;
    private final Dataset dataset;
    private final Dataset training;
    private final int heldOut;
    private final boolean images;
    private final AeNetworks nets;
    private final AeTrainer trainer;
    private final BatchPrefetcher batches;
    private final List<String> metricNames;
    private final float[] previewItems;
    private final int previewCount;
    private final PcaAlignment pca;
    private final MetricWindow window = new MetricWindow(SUMMARY_WINDOW);
    private AeConfig config;
    private long steps;
    private double[] klPerDimension = NONE;
    private double[] rhoHat = NONE;
    private double[] principalAngles = NONE;
    /**
     * Whether a step has measured one of the vectors above. From then on the report is never left out, even when going
     * back to the state before the first step empties them: it says "nothing yet" rather than keep the old one shown.
     */
    private boolean pictured;
    private ReferenceClassifier classifier;

    public AeExperiment(NDManager parent, Dataset dataset, AeConfig config) {
        AeConfigCheck.requireUsable(config, dataset);
        this.dataset = dataset;
        this.config = config;
        this.images = dataset.kind() == DataKind.IMAGES;
        if (dataset instanceof ImageSet set) {
            heldOut = HeldOutItems.heldOutCount(set);
            training = heldOut > 0 ? new FirstItems(set, set.count() - heldOut) : set;
        } else {
            heldOut = 0;
            training = dataset;
        }
        this.manager = parent.newSubManager();
        Backend.setThreads(config.upsample().threads(config.threads()));
        Backend.seed(config.seed());
        this.nets = new AeNetworks(manager, config, dataset.itemShape());
        this.trainer = switch (config.variant()) {
            case VAE, CONV_VAE -> new VaeTrainer(nets, config, images);
            case AAE -> new AaeTrainer(nets, config, images);
            default -> new DeterministicTrainer(nets, config, images);
        };
        this.metricNames = AeMetrics.namesFor(config);
        this.pca = config.linear() ? new PcaAlignment(training, config.codeSize(), config.seed()) : null;
        this.previewCount = images ? COLUMNS * PREVIEW_GROUPS : PREVIEW_POINTS;
        this.previewItems = previewItems();
        this.batches = new BatchPrefetcher(training, config.seed(), config.batchSize(), ValueRange.UNIT);
    }

    /** Held-out images first (unseen), training items when nothing is held out. */
    private float[] previewItems() {
        if (!images) {
            return dataset.sample(previewCount, new SplittableRandom(config.seed() + 1)).values();
        }
        ImageSet set = (ImageSet) dataset;
        int from = heldOut >= previewCount ? set.count() - heldOut : 0;
        int size = dataset.itemSize();
        float[] items = new float[previewCount * size];
        for (int i = 0; i < previewCount; i++) {
            set.read((from + i) % set.count(), items, i * size);
        }
        return items;
    }

    @Override
    public AeConfig config() {
        return config;
    }

    @Override
    public List<Double> learningRates() {
        return List.of(config.lr());
    }

    public Dataset dataset() {
        return dataset;
    }

    public AeNetworks networks() {
        return nets;
    }

    public BatchPrefetcher prefetcher() {
        return batches;
    }

    /** Images held out of training (the last ones of the set); 0 for points. */
    public int heldOutCount() {
        return heldOut;
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
        Batch batch = batches.next();
        StepValues result;
        try (NDManager m = manager.newSubManager()) {
            NDArray x = config.contamination().apply(m.create(batch.values(), new Shape(batch.count(), dataset.itemSize())),
                    config.contaminationLevel(), NoiseSource.engine(m));
            result = trainer.step(m, x, kind, steps);
            if (pca != null) {
                principalAngles = pca.anglesDegrees(nets, m);
                result.put(AeMetrics.PCA_ANGLE_MAX_DEG, principalAngles[0]);
            }
        }
        steps++;
        if (result.klPerDimension != null) {
            klPerDimension = result.klPerDimension;
        }
        if (result.rhoHat != null) {
            rhoHat = result.rhoHat;
        }
        pictured |= klPerDimension.length + rhoHat.length + principalAngles.length > 0;
        double[] values = new double[metricNames.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = result.scalars.getOrDefault(metricNames.get(i), Double.NaN);
        }
        window.add(values);
        return new MetricPoint(steps, values);
    }

    @Override
    public void applyLive(AeConfig updated) {
        config = Setting.copyLive(AeConfig.SETTINGS, config, updated);
        Backend.setThreads(config.upsample().threads(config.threads()));
        batches.setBatchSize(config.batchSize());
        trainer.applyLive(config);
    }

    /** vae, conv-vae: batch-mean KL of each code dimension at the latest step, nats; empty otherwise. */
    public double[] latestKlPerDimension() {
        return klPerDimension.clone();
    }

    /** sparse-ae: mean activation of each code unit at the latest step; empty otherwise. */
    public double[] latestRhoHat() {
        return rhoHat.clone();
    }

    /** linear ae: principal angles (degrees, largest first) to the data's top principal subspace; empty otherwise. */
    public double[] latestPrincipalAngles() {
        return principalAngles.clone();
    }

    /** Codes of {@code count} items (flat, in the data's range): a VAE's posterior means. */
    public float[] encode(float[] items, int count) {
        try (NDManager m = manager.newSubManager()) {
            return nets.encodeMean(m.create(items, new Shape(count, dataset.itemSize())), false).toFloatArray();
        }
    }

    /** Items decoded from {@code count} codes, flat, in the data's range (probabilities for images). */
    public float[] decode(float[] codes, int count) {
        try (NDManager m = manager.newSubManager()) {
            return decodeMean(m.create(codes, new Shape(count, nets.codeSize()))).toFloatArray();
        }
    }

    /** {@code count} decoded prior samples, flat; generative variants only. */
    public float[] samplePrior(int count, long seed) {
        if (!config.variant().generative()) {
            throw new IllegalStateException(config.variant().cliName() + " has no prior to sample.");
        }
        PriorKind kind = config.variant() == AeVariant.AAE ? config.prior() : PriorKind.GAUSSIAN;
        return decode(new CodePrior(kind, nets.codeSize()).sample(count, new SplittableRandom(seed)), count);
    }

    private NDArray decodeMean(NDArray codes) {
        return Reconstruction.of(config, images).mean(nets.decode(codes, false));
    }

    /**
     * Inputs and their reconstructions from a fixed batch: on images, groups of rows "input",
     * ("corrupted",) "reconstruction" for {@value #PREVIEW_GROUPS} groups of {@value #COLUMNS}; on points,
     * inputs as the real cloud and reconstructions as the generated one.
     */
    @Override
    public Preview preview() {
        int size = dataset.itemSize();
        float[] corrupted = null;
        float[] reconstructed;
        try (NDManager m = manager.newSubManager()) {
            NDArray x = m.create(previewItems, new Shape(previewCount, size));
            NDArray input = x;
            if (config.variant() == AeVariant.DENOISING_AE) {
                input = Corruption.apply(config.corruption(), x, config.noiseLevel(), NoiseSource.seeded(m, PREVIEW_SEED), images);
                corrupted = input.toFloatArray();
            }
            reconstructed = decodeMean(nets.encodeMean(input, false)).toFloatArray();
        }
        if (!images) {
            return new PointCloud(previewItems, reconstructed);
        }
        List<float[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int g = 0; g < PREVIEW_GROUPS; g++) {
            rows.add(slice(previewItems, g, size));
            labels.add(corrupted == null ? "input" : "clean");
            if (corrupted != null) {
                rows.add(slice(corrupted, g, size));
                labels.add("corrupted");
            }
            rows.add(slice(reconstructed, g, size));
            labels.add("reconstruction");
        }
        float[] all = new float[rows.size() * COLUMNS * size];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, all, r * COLUMNS * size, COLUMNS * size);
        }
        return render(all, rows.size() * COLUMNS).withRowLabels(labels);
    }

    private static float[] slice(float[] items, int group, int size) {
        return Arrays.copyOfRange(items, group * COLUMNS * size, (group + 1) * COLUMNS * size);
    }

    private ImageGrid render(float[] items, int count) {
        int[] shape = dataset.itemShape();
        return GridRenderer.render(items, count, shape[0], shape[1], shape[2], COLUMNS, 0f, 1f);
    }

    /** The prior samples for generative variants; the encoder's first-layer weights for the others, on images. */
    @Override
    public Preview sidePreview() {
        return config.variant().generative() ? priorSamples() : learnedFeatures();
    }

    /**
     * The encoder's first layer on images: each hidden unit's weights over the pixels (dense encoders) or each
     * filter's kernel (convolutional ones), {@value #FEATURES_SHOWN} at most; null on points.
     */
    @Override
    public Preview learnedFeatures() {
        if (!images) {
            return null;
        }
        return FirstLayerPictures.of(nets.encoder(), dataset.itemShape(), FEATURES_SHOWN, COLUMNS);
    }

    /**
     * Decoded samples of fixed prior codes for vae, conv-vae and aae: an 8 x 8 {@link ImageGrid} on images, a
     * {@link PointCloud} (data as real, samples as generated) on points; null for the other variants.
     */
    public Preview priorSamples() {
        if (!config.variant().generative()) {
            return null;
        }
        if (!images) {
            return new PointCloud(previewItems, samplePrior(PREVIEW_POINTS, PREVIEW_SEED));
        }
        return render(samplePrior(PRIOR_GRID, PREVIEW_SEED), PRIOR_GRID);
    }

    /**
     * Score decoded prior samples with this classifier in every report (generative variants on labelled
     * images of the classifier's shape); null detaches it. The caller keeps ownership.
     */
    public void attachClassifier(ReferenceClassifier reference) {
        if (reference != null && !Arrays.equals(reference.dataset().itemShape(), dataset.itemShape())) {
            throw InvalidInputException.of("ae.classifierShape", reference.dataset().name(), dataset.name());
        }
        classifier = reference;
    }

    @Override
    public AeReport report() {
        ClassCoverage coverage = classifier != null && config.variant().generative() && images
                ? priorCoverage(classifier, REPORT_SAMPLES) : null;
        if (!pictured && coverage == null) {
            return null;
        }
        return new AeReport(latestKlPerDimension(), latestRhoHat(), latestPrincipalAngles(), coverage);
    }

    private ClassCoverage priorCoverage(ReferenceClassifier reference, int count) {
        SampleScore score = reference.score(samplePrior(count, PREVIEW_SEED + 1), count);
        return new ClassCoverage(reference.dataset().labelNames(), score.classFractions(), score.recognisableFraction(),
                score.klToUniform(), score.frechetDistance(), Double.NaN, count);
    }

    /**
     * Final values for {@code train --json}: each step metric's mean over the last {@value #SUMMARY_WINDOW}
     * steps; on image sets {@code heldout_recon} (and for VAEs {@code heldout_kl} and
     * {@code heldout_neg_elbo_nats}) on the held-out images; for generative variants, when a reference
     * classifier is given, {@code prior_recognisable}, {@code prior_class_kl} and {@code prior_fid} of 1,000
     * decoded prior samples. Values that could not be measured are null.
     *
     * @param reference a reference classifier of this data, or null
     */
    public Map<String, Double> finalMetrics(ReferenceClassifier reference) {
        Map<String, Double> result = new LinkedHashMap<>(window.means(metricNames));
        if (heldOut > 0) {
            HeldOutEvaluation held = HeldOutEvaluation.of(nets, config, (ImageSet) dataset,
                    ((ImageSet) dataset).count() - heldOut, heldOut, manager);
            result.put("heldout_recon", held.recon());
            result.put("heldout_psnr", held.psnr());
            result.put("copy_gain", HeldOutEvaluation.copyGain(nets, config, (ImageSet) dataset,
                    ((ImageSet) dataset).count() - heldOut, Math.min(heldOut, COPY_IMAGES), manager));
            if (config.variant().variational()) {
                result.put("heldout_kl", held.kl());
                result.put("heldout_neg_elbo_nats", held.negativeElbo());
            }
        }
        if (reference != null && config.variant().generative() && images) {
            ClassCoverage coverage = priorCoverage(reference, ReferenceClassifier.REFERENCE_IMAGES);
            result.put("prior_recognisable", coverage.recognisable());
            result.put("prior_class_kl", coverage.klToUniform());
            result.put("prior_fid", coverage.frechetDistance());
        }
        result.replaceAll((k, v) -> v == null || !Double.isFinite(v) ? null : v);
        return result;
    }

    /**
     * What pretraining buys: classifiers on {@code labels} labelled training images from this encoder, frozen and
     * fine-tuned, and from scratch, each trained {@code steps} steps (see {@link PretrainingProbe}).
     */
    public PretrainingProbe.Result probe(int labels, int steps) {
        return new PretrainingProbe(this).run(manager, labels, steps, config.seed());
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
        // The report's pictures are of the latest step: they go back with the weights, not stay with a diverged step.
        double[] kl = klPerDimension;
        double[] rho = rhoHat;
        double[] angles = principalAngles;
        return StateCopy.of(() -> {
            copy.restore();
            klPerDimension = kl;
            rhoHat = rho;
            principalAngles = angles;
        }, copy::close);
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
