package org.generativa.autoencoder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.nn.Downsampling;
import org.generativa.nn.LayerActivation;
import org.generativa.nn.Upsampling;
import org.generativa.train.Choice;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting.Applies;
import org.generativa.train.Setting;

/**
 * Everything that defines an autoencoder run; two runs with equal configs and one thread are identical.
 *
 * @param codeSize units of the code (latent) layer
 * @param hiddenWidth units per hidden layer of dense networks, or the channel width of convolutional ones
 *     (the first encoder stage, the last decoder stage)
 * @param depth hidden layers on each side of a dense network (0: the code layer sits right on the data)
 * @param tiedWeights dense non-generative variants: the decoder uses the transposes of the encoder's weights
 * @param linear ae only: identity activations everywhere and squared error, so the code spans the top
 *     principal components of the data
 * @param noiseLevel denoising-ae: Gaussian sigma, or the masking / salt-and-pepper probability
 * @param sparsityWeight sparse-ae: weight of the activity penalty
 * @param rho sparse-ae with the KL penalty: target mean activation of each code unit
 * @param contractiveWeight contractive-ae: weight of the squared Frobenius norm of the whole encoder's Jacobian
 * @param kernelSigma robust-ae: width of the correntropy loss's Gaussian kernel
 * @param beta vae and conv-vae: weight of the KL term (1 is the ELBO)
 * @param advWeight aae: weight of the encoder's adversarial loss
 * @param pretrainSteps stacked-ae and conv-ae: steps of layer-wise pretraining per layer (a conv-ae's: per downsampling
 *     stage and the code layer) before fine-tuning (0: none)
 * @param activation dense deterministic variants: the code layer's activation (the sparse penalty pulls units to
 *     its off level)
 * @param weightDecay lambda of the penalty lambda sum w^2 on every weight
 * @param upsample convolutional variants: how the decoder doubles its feature maps
 * @param contamination what spoils the training data, input and target alike (held-out data stays clean)
 * @param contaminationLevel the impulse probability per pixel, or the share of outlier images
 * @param denoiseLayers stacked-ae: corrupt each layer's input during layer-wise pretraining (a stacked denoising
 *     autoencoder), with the corruption and noise level of denoising-ae
 * @param downsample convolutional variants: how the encoder halves its feature maps
 */
public record AeConfig(
        AeVariant variant,
        DataSpec dataset,
        double lr,
        int batchSize,
        int codeSize,
        int hiddenWidth,
        int depth,
        boolean tiedWeights,
        boolean linear,
        long seed,
        int threads,
        CorruptionKind corruption,
        double noiseLevel,
        SparsityKind sparsity,
        double sparsityWeight,
        double rho,
        double contractiveWeight,
        double kernelSigma,
        double beta,
        Likelihood likelihood,
        PriorKind prior,
        double advWeight,
        int pretrainSteps,
        LayerActivation activation,
        double weightDecay,
        Upsampling upsample,
        Contamination contamination,
        double contaminationLevel,
        boolean denoiseLayers,
        Downsampling downsample) {

    /** Configs saved before a setting existed read it as 0 or null: they get what such a run used. */
    public AeConfig {
        activation = activation == null ? LayerActivation.SIGMOID : activation;
        upsample = upsample == null ? Upsampling.NEAREST : upsample;
        contamination = contamination == null ? Contamination.NONE : contamination;
        downsample = downsample == null ? Downsampling.STRIDED : downsample;
    }

    private static final int LINEAR_IMAGE_CODE = 6;
    /** Codes may be larger than an image (overcomplete), up to this size. */
    public static final int MAX_CODE = 4096;

    /**
     * Settings that train well in a minute or two on a laptop CPU. Dense networks use one intra-op thread
     * (they are too small to gain from more), convolutional ones two.
     */

    public static AeConfig defaultsFor(AeVariant variant, DataSpec dataset, DataKind kind) {
        boolean images = kind != DataKind.POINTS;
        AeConfig base = new AeConfig(variant, dataset, 1e-3, images ? 64 : 256, images ? 32 : 1,
                variant.convolutional() ? 32 : images ? 256 : 64, images ? 1 : 2, false, false, 1,
                variant.convolutional() ? 2 : 1, CorruptionKind.GAUSSIAN, images ? 0.5 : 0.2, SparsityKind.KL, 30, 0.05,
                1, 0.5, 1, images ? Likelihood.BERNOULLI : Likelihood.GAUSSIAN, PriorKind.GAUSSIAN, 1, 0,
                LayerActivation.SIGMOID, 0, Upsampling.NEAREST, Contamination.NONE, 0.1, false,
                Downsampling.STRIDED);
        if (!images) {
            // Points are reconstructed with a mean squared error about a hundred times smaller than an image's
            // summed cross-entropy, so the contractive weight that visibly flattens the encoder is larger.
            return variant.generative() ? base.withCodeSize(2)
                    : variant == AeVariant.CONTRACTIVE_AE ? base.withContractiveWeight(10) : base;
        }
        return switch (variant) {
            case STACKED_AE -> base.withDepth(2).withPretrainSteps(300);
            case DENOISING_AE -> base.withCodeSize(64);
            case SPARSE_AE, CONTRACTIVE_AE -> base.withCodeSize(64).withDepth(0);
            // Two hidden layers of 512 and 8 latent dimensions: prior samples that read as digits (0.66 on MNIST)
            // where 256 units and 16 dimensions give 0.40.
            case VAE -> base.withCodeSize(8).withHiddenWidth(512).withDepth(2);
            case CONV_VAE -> base.withCodeSize(16);
            case AAE -> base.withCodeSize(8);
            default -> base;
        };
    }

    public static AeConfig defaultsFor(AeVariant variant, String source, DataKind kind) {
        return defaultsFor(variant, DataSpec.of(source), kind);
    }

    public AeConfig withVariant(AeVariant value) {
        return with(c -> c.variant = value);
    }

    public AeConfig withDataset(DataSpec value) {
        return with(c -> c.dataset = value);
    }

    public AeConfig withDataset(String source) {
        return withDataset(dataset.withSource(source));
    }

    public AeConfig withLr(double value) {
        return with(c -> c.lr = value);
    }

    public AeConfig withBatchSize(int value) {
        return with(c -> c.batchSize = value);
    }

    public AeConfig withCodeSize(int value) {
        return with(c -> c.codeSize = value);
    }

    public AeConfig withHiddenWidth(int value) {
        return with(c -> c.hiddenWidth = value);
    }

    public AeConfig withDepth(int value) {
        return with(c -> c.depth = value);
    }

    public AeConfig withTiedWeights(boolean value) {
        return with(c -> c.tiedWeights = value);
    }

    public AeConfig withLinear(boolean value) {
        return with(c -> c.linear = value);
    }

    /**
     * A linear ae with the settings under which its decoder spans the data's top principal subspace within a default
     * run of 1,000 steps: one layer whose decoder is the encoder transposed, a batch of 512 and a learning rate of
     * 0.003, at which Adam settles close to the subspace. On images the code has 6 dimensions, where the digits' sixth
     * and seventh principal variances lie well apart (2.4 and 1.9), so the subspace is sharply defined; on points
     * the code is 1.
     */
    public AeConfig linearProposal() {
        boolean points = BuiltInDatasets.entries().stream()
                .anyMatch(e -> e.name().equals(dataset.source()) && e.kind() != DataKind.IMAGES);
        return withLinear(true).withDepth(0).withTiedWeights(true).withBatchSize(512).withLr(3e-3)
                .withCodeSize(points ? 1 : LINEAR_IMAGE_CODE);
    }

    public AeConfig withSeed(long value) {
        return with(c -> c.seed = value);
    }

    public AeConfig withThreads(int value) {
        return with(c -> c.threads = value);
    }

    public AeConfig withCorruption(CorruptionKind value) {
        return with(c -> c.corruption = value);
    }

    public AeConfig withNoiseLevel(double value) {
        return with(c -> c.noiseLevel = value);
    }

    public AeConfig withSparsity(SparsityKind value) {
        return with(c -> c.sparsity = value);
    }

    public AeConfig withSparsityWeight(double value) {
        return with(c -> c.sparsityWeight = value);
    }

    public AeConfig withRho(double value) {
        return with(c -> c.rho = value);
    }

    public AeConfig withContractiveWeight(double value) {
        return with(c -> c.contractiveWeight = value);
    }

    public AeConfig withKernelSigma(double value) {
        return with(c -> c.kernelSigma = value);
    }

    public AeConfig withBeta(double value) {
        return with(c -> c.beta = value);
    }

    public AeConfig withLikelihood(Likelihood value) {
        return with(c -> c.likelihood = value);
    }

    public AeConfig withPrior(PriorKind value) {
        return with(c -> c.prior = value);
    }

    public AeConfig withAdvWeight(double value) {
        return with(c -> c.advWeight = value);
    }

    public AeConfig withPretrainSteps(int value) {
        return with(c -> c.pretrainSteps = value);
    }

    public AeConfig withActivation(LayerActivation value) {
        return with(c -> c.activation = value);
    }

    public AeConfig withWeightDecay(double value) {
        return with(c -> c.weightDecay = value);
    }

    public AeConfig withUpsample(Upsampling value) {
        return with(c -> c.upsample = value);
    }

    public AeConfig withContamination(Contamination value) {
        return with(c -> c.contamination = value);
    }

    public AeConfig withContaminationLevel(double value) {
        return with(c -> c.contaminationLevel = value);
    }

    public AeConfig withDownsample(Downsampling value) {
        return with(c -> c.downsample = value);
    }

    public AeConfig withDenoiseLayers(boolean value) {
        return with(c -> c.denoiseLayers = value);
    }

    private AeConfig with(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.build();
    }

    /** A mutable copy, so that each wither names only the field it changes. */
    private static final class Copy {
        AeVariant variant;
        DataSpec dataset;
        double lr;
        int batchSize;
        int codeSize;
        int hiddenWidth;
        int depth;
        boolean tiedWeights;
        boolean linear;
        long seed;
        int threads;
        CorruptionKind corruption;
        double noiseLevel;
        SparsityKind sparsity;
        double sparsityWeight;
        double rho;
        double contractiveWeight;
        double kernelSigma;
        double beta;
        Likelihood likelihood;
        PriorKind prior;
        double advWeight;
        int pretrainSteps;
        LayerActivation activation;
        double weightDecay;
        Upsampling upsample;
        Contamination contamination;
        double contaminationLevel;
        boolean denoiseLayers;
        Downsampling downsample;

        Copy(AeConfig c) {
            variant = c.variant;
            dataset = c.dataset;
            lr = c.lr;
            batchSize = c.batchSize;
            codeSize = c.codeSize;
            hiddenWidth = c.hiddenWidth;
            depth = c.depth;
            tiedWeights = c.tiedWeights;
            linear = c.linear;
            seed = c.seed;
            threads = c.threads;
            corruption = c.corruption;
            noiseLevel = c.noiseLevel;
            sparsity = c.sparsity;
            sparsityWeight = c.sparsityWeight;
            rho = c.rho;
            contractiveWeight = c.contractiveWeight;
            kernelSigma = c.kernelSigma;
            beta = c.beta;
            likelihood = c.likelihood;
            prior = c.prior;
            advWeight = c.advWeight;
            pretrainSteps = c.pretrainSteps;
            activation = c.activation;
            weightDecay = c.weightDecay;
            upsample = c.upsample;
            contamination = c.contamination;
            contaminationLevel = c.contaminationLevel;
            denoiseLayers = c.denoiseLayers;
            downsample = c.downsample;
        }

        AeConfig build() {
            return new AeConfig(variant, dataset, lr, batchSize, codeSize, hiddenWidth, depth, tiedWeights, linear, seed,
                    threads, corruption, noiseLevel, sparsity, sparsityWeight, rho, contractiveWeight, kernelSigma, beta,
                    likelihood, prior, advWeight, pretrainSteps, activation, weightDecay, upsample, contamination,
                    contaminationLevel, denoiseLayers, downsample);
        }
    }

    private static final Hyperparameter<AeConfig> LR = Hyperparameter.real("lr", 0, true, 1, Applies.LIVE,
            AeConfig::lr, (c, v) -> c.withLr(v.doubleValue()));
    private static final Hyperparameter<AeConfig> BATCH = Hyperparameter.integer("batch", 2, 4096, Applies.LIVE,
            AeConfig::batchSize, (c, v) -> c.withBatchSize(v.intValue()));
    private static final Hyperparameter<AeConfig> CODE = Hyperparameter.integer("code", 1, MAX_CODE, Applies.ON_RESET,
            AeConfig::codeSize, (c, v) -> c.withCodeSize(v.intValue()));
    private static final Hyperparameter<AeConfig> HIDDEN = Hyperparameter.integer("hidden", 4, 4096, Applies.ON_RESET,
            AeConfig::hiddenWidth, (c, v) -> c.withHiddenWidth(v.intValue()));
    private static final Hyperparameter<AeConfig> DEPTH = Hyperparameter.integer("depth", 0, 6, Applies.ON_RESET,
            AeConfig::depth, (c, v) -> c.withDepth(v.intValue()));
    private static final Hyperparameter<AeConfig> BETA = Hyperparameter.real("beta", 0, false, 100, Applies.LIVE,
            AeConfig::beta, (c, v) -> c.withBeta(v.doubleValue()));
    private static final Hyperparameter<AeConfig> NOISE = Hyperparameter.real("noise", 0, false, 1, Applies.LIVE,
            AeConfig::noiseLevel, (c, v) -> c.withNoiseLevel(v.doubleValue()));
    private static final Hyperparameter<AeConfig> SPARSITY_WEIGHT = Hyperparameter.real("sparsity-weight", 0, false, 100,
            Applies.LIVE, AeConfig::sparsityWeight, (c, v) -> c.withSparsityWeight(v.doubleValue()));
    private static final Hyperparameter<AeConfig> RHO = Hyperparameter.real("rho", 0, true, 0.99, Applies.LIVE,
            AeConfig::rho, (c, v) -> c.withRho(v.doubleValue()));
    private static final Hyperparameter<AeConfig> CONTRACTIVE_WEIGHT = Hyperparameter.real("contractive-weight", 0, false,
            100, Applies.LIVE, AeConfig::contractiveWeight, (c, v) -> c.withContractiveWeight(v.doubleValue()));
    private static final Hyperparameter<AeConfig> KERNEL_SIGMA = Hyperparameter.real("kernel-sigma", 0, true, 10,
            Applies.LIVE, AeConfig::kernelSigma, (c, v) -> c.withKernelSigma(v.doubleValue()));
    private static final Hyperparameter<AeConfig> ADV_WEIGHT = Hyperparameter.real("adv-weight", 0, false, 100,
            Applies.LIVE, AeConfig::advWeight, (c, v) -> c.withAdvWeight(v.doubleValue()));
    private static final Hyperparameter<AeConfig> PRETRAIN_STEPS = Hyperparameter.integer("pretrain-steps", 0, 100_000,
            Applies.ON_RESET, AeConfig::pretrainSteps, (c, v) -> c.withPretrainSteps(v.intValue()));
    private static final Hyperparameter<AeConfig> WEIGHT_DECAY = Hyperparameter.real("weight-decay", 0, false, 1,
            Applies.LIVE, AeConfig::weightDecay, (c, v) -> c.withWeightDecay(v.doubleValue()));
    private static final Hyperparameter<AeConfig> CONTAMINATION_LEVEL = Hyperparameter.real("contamination-level", 0, false,
            1, Applies.LIVE, AeConfig::contaminationLevel, (c, v) -> c.withContaminationLevel(v.doubleValue()));
    private static final Hyperparameter<AeConfig> SEED = Hyperparameter.integer("seed", 0, Integer.MAX_VALUE,
            Applies.ON_RESET, AeConfig::seed, (c, v) -> c.withSeed(v.longValue()));
    private static final Hyperparameter<AeConfig> THREADS = Hyperparameter.integer("threads", 1, 64, Applies.LIVE,
            AeConfig::threads, (c, v) -> c.withThreads(v.intValue()));

    /** Every numeric setting; keys double as command-line option names. */
    public static final List<Hyperparameter<AeConfig>> HYPERPARAMETERS = List.of(LR, BATCH, CODE, HIDDEN, DEPTH, BETA,
            NOISE, SPARSITY_WEIGHT, RHO, CONTRACTIVE_WEIGHT, KERNEL_SIGMA, ADV_WEIGHT, PRETRAIN_STEPS, WEIGHT_DECAY,
            CONTAMINATION_LEVEL, SEED, THREADS);

    public static final Choice<AeConfig, CorruptionKind> CORRUPTION = Choice.of("corruption", List.of(CorruptionKind.values()),
            Applies.LIVE, AeConfig::corruption, AeConfig::withCorruption);
    public static final Choice<AeConfig, SparsityKind> SPARSITY = Choice.of("sparsity", List.of(SparsityKind.values()),
            Applies.LIVE, AeConfig::sparsity, AeConfig::withSparsity);
    public static final Choice<AeConfig, Likelihood> LIKELIHOOD = Choice.of("likelihood", List.of(Likelihood.values()),
            Applies.LIVE, AeConfig::likelihood, AeConfig::withLikelihood);
    public static final Choice<AeConfig, PriorKind> PRIOR = Choice.of("prior", List.of(PriorKind.values()), Applies.LIVE,
            AeConfig::prior, AeConfig::withPrior);
    /** The decoder's weights are the encoder's transposed: another network, so it needs a fresh model. */
    public static final Choice<AeConfig, Boolean> TIED = Choice.flag("tied", Applies.ON_RESET, AeConfig::tiedWeights,
            AeConfig::withTiedWeights);
    /** The window and {@code train --linear} turn it on with {@link #linearProposal}'s settings. */
    public static final Choice<AeConfig, Boolean> LINEAR = Choice.flag("linear", Applies.ON_RESET, AeConfig::linear,
            AeConfig::withLinear);

    /** The code layer's activation of the dense deterministic variants: another network, so it needs a fresh model. */
    public static final Choice<AeConfig, LayerActivation> ACTIVATION = Choice.of("activation",
            List.of(LayerActivation.values()), Applies.ON_RESET, AeConfig::activation, AeConfig::withActivation);
    /** How a convolutional encoder halves its feature maps: another network, so it needs a fresh model. */
    public static final Choice<AeConfig, Downsampling> DOWNSAMPLE = Choice.of("downsample", List.of(Downsampling.values()),
            Applies.ON_RESET, AeConfig::downsample, AeConfig::withDownsample);
    /** How a convolutional decoder doubles its feature maps: another network, so it needs a fresh model. */
    public static final Choice<AeConfig, Upsampling> UPSAMPLE = Choice.of("upsample", List.of(Upsampling.values()),
            Applies.ON_RESET, AeConfig::upsample, AeConfig::withUpsample);
    /** Stacked denoising: changes how pretraining, which comes first, trains, so it needs a fresh model. */
    public static final Choice<AeConfig, Boolean> DENOISE_LAYERS = Choice.flag("denoise-layers", Applies.ON_RESET,
            AeConfig::denoiseLayers, AeConfig::withDenoiseLayers);
    public static final Choice<AeConfig, Contamination> CONTAMINATION = Choice.of("contamination",
            List.of(Contamination.values()), Applies.LIVE, AeConfig::contamination, AeConfig::withContamination);

    /** Every setting, numeric or not: the one list that says which apply while training runs. */
    public static final List<Setting<AeConfig>> SETTINGS = settings();

    private static List<Setting<AeConfig>> settings() {
        List<Setting<AeConfig>> all = new ArrayList<>(HYPERPARAMETERS);
        all.addAll(List.of(CORRUPTION, SPARSITY, LIKELIHOOD, PRIOR, TIED, LINEAR, ACTIVATION, UPSAMPLE, CONTAMINATION,
                DENOISE_LAYERS, DOWNSAMPLE));
        return List.copyOf(all);
    }

    /** Whether the code layer's activation is a choice: the dense deterministic variants, unless linear. */
    public static boolean takesActivation(AeConfig config) {
        return !config.variant().convolutional() && !config.variant().generative() && !config.linear();
    }

    /** The numeric settings that mean something for {@code variant}, in display order. */
    public static List<Hyperparameter<AeConfig>> hyperparametersFor(AeVariant variant) {
        return hyperparametersFor(variant, false, false);
    }

    /**
     * As {@link #hyperparametersFor(AeVariant)}, with the contamination's level when the data is contaminated and
     * the noise level when a stacked-ae denoises its layers.
     */
    public static List<Hyperparameter<AeConfig>> hyperparametersFor(AeVariant variant, boolean contaminated,
            boolean denoisingLayers) {
        List<Hyperparameter<AeConfig>> list = new ArrayList<>(List.of(LR, BATCH, CODE, HIDDEN));
        if (!variant.convolutional()) {
            list.add(DEPTH);
        }
        switch (variant) {
            case STACKED_AE -> list.addAll(denoisingLayers ? List.of(PRETRAIN_STEPS, NOISE) : List.of(PRETRAIN_STEPS));
            case CONV_AE -> list.add(PRETRAIN_STEPS);
            case DENOISING_AE -> list.add(NOISE);
            case SPARSE_AE -> list.addAll(List.of(SPARSITY_WEIGHT, RHO));
            case CONTRACTIVE_AE -> list.add(CONTRACTIVE_WEIGHT);
            case ROBUST_AE -> list.add(KERNEL_SIGMA);
            case VAE, CONV_VAE -> list.add(BETA);
            case AAE -> list.add(ADV_WEIGHT);
            default -> { }
        }
        list.add(WEIGHT_DECAY);
        if (contaminated) {
            list.add(CONTAMINATION_LEVEL);
        }
        list.addAll(List.of(SEED, THREADS));
        return list;
    }
}
