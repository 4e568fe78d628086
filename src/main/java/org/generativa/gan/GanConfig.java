package org.generativa.gan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.nn.Upsampling;
import org.generativa.train.Choice;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting.Applies;
import org.generativa.train.Setting;

/**
 * Everything that defines a GAN run; two runs with equal configs and one thread are identical.
 *
 * @param hiddenWidth units per hidden layer of fully connected networks (0: no hidden layer, G and D are linear),
 *     or the channel width of convolutional ones (the first discriminator layer, the last generator layer)
 * @param clip WGAN's weight clipping bound c
 * @param gpLambda WGAN-GP's penalty weight
 */
public record GanConfig(
        GanModelKind model,
        DataSpec dataset,
        GanLoss loss,
        double lrG,
        double lrD,
        double beta1,
        double beta2,
        int batchSize,
        int latentSize,
        int hiddenWidth,
        int dStepsPerG,
        long seed,
        int threads,
        double clip,
        double gpLambda,
        GanTricks tricks,
        int gStepsPerD,
        int depth,
        LatentNoise noise,
        GanOptimizer optimizer,
        double weightDecay,
        Upsampling upsample) {

    /** Configs saved before a setting existed read it as 0 or null: they get what such a run used. */
    public GanConfig {
        gStepsPerD = Math.max(gStepsPerD, 1);
        depth = depth == 0 ? DEFAULT_DEPTH : depth;
        noise = noise == null ? LatentNoise.GAUSSIAN : noise;
        optimizer = optimizer != null ? optimizer : model != null ? GanOptimizer.defaultFor(model) : GanOptimizer.ADAM;
        upsample = upsample == null ? Upsampling.NEAREST : upsample;
    }

    /** Hidden layers of the fully connected G and D. */
    public static final int DEFAULT_DEPTH = 2;
    /** The decay of the average of G's weights that image models draw their samples from. */
    static final double IMAGE_G_AVERAGE = 0.99;


    /**
     * Settings that train well on the given kind of data on a laptop CPU. One intra-op thread for the fully connected
     * networks: they are too small to gain from more, and a second thread collapses throughput whenever the UI
     * competes for a core.
     *
     * <p>On images the recipe is chosen for recognisable samples within 90 s on two cores (`bench quality`, see
     * docs/benchmarks.md): the convolutional GANs at width 32 and batch 32 (twice the steps a second of width 64
     * at batch 64), samples from an average of G's weights (decay 0.99), Adam at 0.001 for dcgan and cgan, and the
     * WGANs with 2 critic steps per G step at 0.0002 (the papers: 5 steps, 0.00005 and 0.0001). The fully
     * connected GAN keeps its width and batch, with Adam at 0.0005 and the same average.
     */
    public static GanConfig defaultsFor(GanModelKind model, DataSpec dataset, DataKind kind) {
        boolean images = kind == DataKind.IMAGES;
        boolean conv = images && !model.alwaysDense();
        double lr = conv ? 1e-3 : images ? 5e-4 : 1e-3;
        GanTricks tricks = images ? GanTricks.NONE.withGeneratorAverage(IMAGE_G_AVERAGE) : GanTricks.NONE;
        GanConfig base = new GanConfig(model, dataset, GanLoss.NON_SATURATING, lr, lr, 0.5, 0.999,
                conv ? 32 : images ? 64 : 256, images ? 64 : 16, conv ? 32 : images ? 256 : 128, 1, 1, conv ? 2 : 1, 0.01,
                10, tricks, 1, DEFAULT_DEPTH, LatentNoise.GAUSSIAN, GanOptimizer.defaultFor(model), 0, Upsampling.NEAREST);
        return switch (model) {
            case WGAN -> base.withLoss(GanLoss.WASSERSTEIN).withLrG(images ? 2e-4 : 5e-4).withLrD(images ? 2e-4 : 5e-4)
                    .withDStepsPerG(images ? 2 : 5);
            case WGAN_GP -> base.withLoss(GanLoss.WASSERSTEIN).withLrG(images ? 2e-4 : 1e-3).withLrD(images ? 2e-4 : 1e-3)
                    .withBeta1(0).withBeta2(0.9).withDStepsPerG(images ? 2 : 5);
            default -> base;
        };
    }

    public static GanConfig defaultsFor(String source, DataKind kind) {
        return defaultsFor(GanModelKind.GAN, DataSpec.of(source), kind);
    }

    public static GanConfig defaultsFor(DataSpec dataset, DataKind kind) {
        return defaultsFor(GanModelKind.GAN, dataset, kind);
    }

    /** Refuses a batch that packs of {@code tricks.packing()} samples do not divide. */
    public void checkPacking() {
        checkPacking(batchSize, tricks.packing());
    }

    static void checkPacking(int batchSize, int packing) {
        if (batchSize % packing != 0) {
            throw InvalidInputException.of("gan.packing", String.valueOf(batchSize), String.valueOf(packing));
        }
    }

    /** Another model of the family with the same settings; its loss is left as it is (WGANs need the Wasserstein one). */
    public GanConfig withModel(GanModelKind value) {
        return with(c -> c.model = value);
    }

    public GanConfig withDataset(String source) {
        return withDataset(dataset.withSource(source));
    }

    public GanConfig withDataset(DataSpec value) {
        return with(c -> c.dataset = value);
    }

    public GanConfig withLoss(GanLoss value) {
        return with(c -> c.loss = value);
    }

    public GanConfig withLrG(double value) {
        return with(c -> c.lrG = value);
    }

    public GanConfig withLrD(double value) {
        return with(c -> c.lrD = value);
    }

    public GanConfig withBeta1(double value) {
        return with(c -> c.beta1 = value);
    }

    public GanConfig withBeta2(double value) {
        return with(c -> c.beta2 = value);
    }

    public GanConfig withBatchSize(int value) {
        return with(c -> c.batchSize = value);
    }

    public GanConfig withLatentSize(int value) {
        return with(c -> c.latentSize = value);
    }

    public GanConfig withHiddenWidth(int value) {
        return with(c -> c.hiddenWidth = value);
    }

    public GanConfig withDStepsPerG(int value) {
        return with(c -> c.dStepsPerG = value);
    }

    public GanConfig withSeed(long value) {
        return with(c -> c.seed = value);
    }

    public GanConfig withThreads(int value) {
        return with(c -> c.threads = value);
    }

    public GanConfig withClip(double value) {
        return with(c -> c.clip = value);
    }

    public GanConfig withGpLambda(double value) {
        return with(c -> c.gpLambda = value);
    }

    public GanConfig withTricks(GanTricks value) {
        return with(c -> c.tricks = value);
    }

    public GanConfig withGStepsPerD(int value) {
        return with(c -> c.gStepsPerD = value);
    }

    public GanConfig withDepth(int value) {
        return with(c -> c.depth = value);
    }

    public GanConfig withNoise(LatentNoise value) {
        return with(c -> c.noise = value);
    }

    public GanConfig withOptimizer(GanOptimizer value) {
        return with(c -> c.optimizer = value);
    }

    public GanConfig withWeightDecay(double value) {
        return with(c -> c.weightDecay = value);
    }

    public GanConfig withUpsample(Upsampling value) {
        return with(c -> c.upsample = value);
    }

    private GanConfig with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** A mutable copy, so that each wither names only the field it changes. */
    private static final class Copy {
        GanModelKind model;
        DataSpec dataset;
        GanLoss loss;
        double lrG;
        double lrD;
        double beta1;
        double beta2;
        int batchSize;
        int latentSize;
        int hiddenWidth;
        int dStepsPerG;
        long seed;
        int threads;
        double clip;
        double gpLambda;
        GanTricks tricks;
        int gStepsPerD;
        int depth;
        LatentNoise noise;
        GanOptimizer optimizer;
        double weightDecay;
        Upsampling upsample;

        Copy(GanConfig c) {
            model = c.model;
            dataset = c.dataset;
            loss = c.loss;
            lrG = c.lrG;
            lrD = c.lrD;
            beta1 = c.beta1;
            beta2 = c.beta2;
            batchSize = c.batchSize;
            latentSize = c.latentSize;
            hiddenWidth = c.hiddenWidth;
            dStepsPerG = c.dStepsPerG;
            seed = c.seed;
            threads = c.threads;
            clip = c.clip;
            gpLambda = c.gpLambda;
            tricks = c.tricks;
            gStepsPerD = c.gStepsPerD;
            depth = c.depth;
            noise = c.noise;
            optimizer = c.optimizer;
            weightDecay = c.weightDecay;
            upsample = c.upsample;
        }

        GanConfig build() {
            return new GanConfig(model, dataset, loss, lrG, lrD, beta1, beta2, batchSize, latentSize, hiddenWidth, dStepsPerG,
                    seed, threads, clip, gpLambda, tricks, gStepsPerD, depth, noise, optimizer, weightDecay, upsample);
        }
    }

    private static final Hyperparameter<GanConfig> LR_G = Hyperparameter.real("lr-g", 0, true, 1, Applies.LIVE,
            GanConfig::lrG, (c, v) -> c.withLrG(v.doubleValue()));
    private static final Hyperparameter<GanConfig> LR_D = Hyperparameter.real("lr-d", 0, true, 1, Applies.LIVE,
            GanConfig::lrD, (c, v) -> c.withLrD(v.doubleValue()));
    private static final Hyperparameter<GanConfig> BETA1 = Hyperparameter.real("beta1", 0, false, 0.999, Applies.ON_RESET,
            GanConfig::beta1, (c, v) -> c.withBeta1(v.doubleValue()));
    private static final Hyperparameter<GanConfig> BETA2 = Hyperparameter.real("beta2", 0, false, 0.9999, Applies.ON_RESET,
            GanConfig::beta2, (c, v) -> c.withBeta2(v.doubleValue()));
    private static final Hyperparameter<GanConfig> BATCH = Hyperparameter.integer("batch", 2, 4096, Applies.LIVE,
            GanConfig::batchSize, (c, v) -> c.withBatchSize(v.intValue()));
    private static final Hyperparameter<GanConfig> LATENT = Hyperparameter.integer("latent", 1, 512, Applies.ON_RESET,
            GanConfig::latentSize, (c, v) -> c.withLatentSize(v.intValue()));
    private static final Hyperparameter<GanConfig> HIDDEN = Hyperparameter.integer("hidden", 0, 4096, Applies.ON_RESET,
            GanConfig::hiddenWidth, (c, v) -> c.withHiddenWidth(v.intValue()));
    private static final Hyperparameter<GanConfig> D_STEPS = Hyperparameter.integer("d-steps", 1, 20, Applies.LIVE,
            GanConfig::dStepsPerG, (c, v) -> c.withDStepsPerG(v.intValue()));
    private static final Hyperparameter<GanConfig> G_STEPS = Hyperparameter.integer("g-steps", 1, 20, Applies.LIVE,
            GanConfig::gStepsPerD, (c, v) -> c.withGStepsPerD(v.intValue()));
    private static final Hyperparameter<GanConfig> DEPTH = Hyperparameter.integer("depth", 1, 6, Applies.ON_RESET,
            GanConfig::depth, (c, v) -> c.withDepth(v.intValue()));
    private static final Hyperparameter<GanConfig> WEIGHT_DECAY = Hyperparameter.real("weight-decay", 0, false, 1,
            Applies.LIVE, GanConfig::weightDecay, (c, v) -> c.withWeightDecay(v.doubleValue()));
    private static final Hyperparameter<GanConfig> SEED = Hyperparameter.integer("seed", 0, Integer.MAX_VALUE, Applies.ON_RESET,
            GanConfig::seed, (c, v) -> c.withSeed(v.longValue()));
    private static final Hyperparameter<GanConfig> THREADS = Hyperparameter.integer("threads", 1, 64, Applies.LIVE,
            GanConfig::threads, (c, v) -> c.withThreads(v.intValue()));
    private static final Hyperparameter<GanConfig> CLIP = Hyperparameter.real("clip", 0, true, 10, Applies.LIVE,
            GanConfig::clip, (c, v) -> c.withClip(v.doubleValue()));
    private static final Hyperparameter<GanConfig> GP_LAMBDA = Hyperparameter.real("gp-lambda", 0, false, 1000, Applies.LIVE,
            GanConfig::gpLambda, (c, v) -> c.withGpLambda(v.doubleValue()));
    private static final Hyperparameter<GanConfig> SMOOTHING = Hyperparameter.real("smoothing", 0, false, 0.5, Applies.LIVE,
            c -> c.tricks().labelSmoothing(), (c, v) -> c.withTricks(c.tricks().withLabelSmoothing(v.doubleValue())));
    private static final Hyperparameter<GanConfig> FLIP = Hyperparameter.real("flip", 0, false, 0.5, Applies.LIVE,
            c -> c.tricks().labelFlip(), (c, v) -> c.withTricks(c.tricks().withLabelFlip(v.doubleValue())));
    private static final Hyperparameter<GanConfig> NOISE = Hyperparameter.real("instance-noise", 0, false, 10, Applies.LIVE,
            c -> c.tricks().instanceNoise(), (c, v) -> c.withTricks(c.tricks().withInstanceNoise(v.doubleValue())));
    private static final Hyperparameter<GanConfig> REPLAY = Hyperparameter.integer("replay", 0, 100, Applies.LIVE,
            c -> c.tricks().replayBatches(), (c, v) -> c.withTricks(c.tricks().withReplayBatches(v.intValue())));
    private static final Hyperparameter<GanConfig> DROPOUT = Hyperparameter.real("dropout", 0, false, 0.9, Applies.ON_RESET,
            c -> c.tricks().dropout(), (c, v) -> c.withTricks(c.tricks().withDropout(v.doubleValue())));
    private static final Hyperparameter<GanConfig> PACKING = Hyperparameter.integer("packing", 1, 16, Applies.ON_RESET,
            c -> c.tricks().packing(), (c, v) -> c.withTricks(c.tricks().withPacking(v.intValue())));
    private static final Hyperparameter<GanConfig> UNROLLED = Hyperparameter.integer("unrolled", 0, 20, Applies.LIVE,
            c -> c.tricks().unrolledSteps(), (c, v) -> c.withTricks(c.tricks().withUnrolledSteps(v.intValue())));
    private static final Hyperparameter<GanConfig> G_AVERAGE = Hyperparameter.real("g-average", 0, false, 0.9999, Applies.LIVE,
            c -> c.tricks().generatorAverage(), (c, v) -> c.withTricks(c.tricks().withGeneratorAverage(v.doubleValue())));

    /** Every numeric setting; keys double as command-line option names. */
    public static final List<Hyperparameter<GanConfig>> HYPERPARAMETERS = List.of(LR_G, LR_D, BETA1, BETA2, BATCH, LATENT,
            HIDDEN, DEPTH, D_STEPS, G_STEPS, WEIGHT_DECAY, SEED, THREADS, CLIP, GP_LAMBDA, SMOOTHING, FLIP, NOISE, REPLAY,
            DROPOUT, PACKING, UNROLLED, G_AVERAGE);

    /** The loss of gan, dcgan and cgan (the WGANs keep the Wasserstein one). */
    public static final Choice<GanConfig, GanLoss> LOSS = Choice.of("loss", GanLoss.CHOICES, Applies.LIVE,
            GanConfig::loss, GanConfig::withLoss);
    /** Minibatch discrimination changes D's input, so it needs a fresh model. */
    public static final Choice<GanConfig, Boolean> MINIBATCH_STD = Choice.flag("minibatch-std", Applies.ON_RESET,
            c -> c.tricks().minibatchStd(), (c, v) -> c.withTricks(c.tricks().withMinibatchStd(v)));

    /** Where z comes from; the fixed noise of the previews is drawn from it too, so a change comes with a fresh model. */
    public static final Choice<GanConfig, LatentNoise> LATENT_NOISE = Choice.of("latent-noise", List.of(LatentNoise.values()),
            Applies.ON_RESET, GanConfig::noise, GanConfig::withNoise);
    /** A new optimizer starts without state, so it comes with a fresh model. */
    public static final Choice<GanConfig, GanOptimizer> OPTIMIZER = Choice.of("optimizer", List.of(GanOptimizer.values()),
            Applies.ON_RESET, GanConfig::optimizer, GanConfig::withOptimizer);
    /** How a convolutional generator doubles its feature maps: another network, so it needs a fresh model. */
    public static final Choice<GanConfig, Upsampling> UPSAMPLE = Choice.of("upsample", List.of(Upsampling.values()),
            Applies.ON_RESET, GanConfig::upsample, GanConfig::withUpsample);

    /** Every setting, numeric or not: the one list that says which apply while training runs. */
    public static final List<Setting<GanConfig>> SETTINGS = settings();

    private static List<Setting<GanConfig>> settings() {
        List<Setting<GanConfig>> all = new ArrayList<>(HYPERPARAMETERS);
        all.addAll(List.of(LOSS, MINIBATCH_STD, LATENT_NOISE, OPTIMIZER, UPSAMPLE));
        return List.copyOf(all);
    }

    /** Whether G is convolutional on data of {@code kind} (and so {@link #UPSAMPLE} applies). */
    public static boolean convolutionalGenerator(GanModelKind model, DataKind kind) {
        return kind == DataKind.IMAGES && !model.alwaysDense();
    }

    /** Whether G and D are fully connected on data of {@code kind} (and so {@link #DEPTH} applies). */
    public static boolean fullyConnected(GanModelKind model, DataKind kind) {
        return !convolutionalGenerator(model, kind);
    }

    /** The numeric settings that mean something for {@code config} on data of {@code kind}, in display order. */
    public static List<Hyperparameter<GanConfig>> hyperparametersFor(GanConfig config, DataKind kind) {
        GanModelKind model = config.model();
        List<Hyperparameter<GanConfig>> list = new ArrayList<>(List.of(LR_G, LR_D));
        if (config.optimizer() == GanOptimizer.ADAM) {
            list.addAll(List.of(BETA1, BETA2));
        }
        list.addAll(List.of(BATCH, LATENT, HIDDEN));
        if (fullyConnected(model, kind)) {
            list.add(DEPTH);
        }
        list.addAll(List.of(D_STEPS, G_STEPS, WEIGHT_DECAY, SEED, THREADS));
        if (model.clipsWeights()) {
            list.add(CLIP);
        }
        if (model.gradientPenalty()) {
            list.add(GP_LAMBDA);
        }
        if (config.loss().hasTargets()) {
            list.add(SMOOTHING);
        }
        list.addAll(List.of(FLIP, NOISE, REPLAY, DROPOUT, PACKING, UNROLLED, G_AVERAGE));
        return list;
    }
}
