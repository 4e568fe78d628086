package org.generativa.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeFamily;
import org.generativa.autoencoder.AeNetworks;
import org.generativa.bench.FlopCount.Cost;
import org.generativa.common.CliChoice;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.family.ModelFamily;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanFamily;
import org.generativa.gan.GanNetworks;
import org.generativa.train.Experiment;

/**
 * The models the benchmarks train, each with its default settings for images, and the peer script
 * {@code src/bench/<name>.py} that trains the same model in PyTorch. One step is one call of
 * {@link Experiment#step}: for GANs all D steps of one G step and that G step.
 */
public enum BenchModel implements CliChoice {
    GAN("gan", GanFamily.INSTANCE, 400, BenchModel::ganPasses),
    DCGAN("dcgan", GanFamily.INSTANCE, 80, BenchModel::ganPasses),
    VAE("vae", AeFamily.INSTANCE, 400, BenchModel::autoencoderPasses),
    CONV_VAE("conv-vae", AeFamily.INSTANCE, 150, BenchModel::autoencoderPasses),
    WGAN_GP("wgan-gp", GanFamily.INSTANCE, 60, BenchModel::ganPasses);

    private final String cliName;
    private final ModelFamily<?> family;
    private final int defaultSteps;
    private final Function<Experiment<?>, List<Long>> passes;

    BenchModel(String cliName, ModelFamily<?> family, int defaultSteps, Function<Experiment<?>, List<Long>> passes) {
        this.cliName = cliName;
        this.family = family;
        this.defaultSteps = defaultSteps;
        this.passes = passes;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    public static BenchModel fromCliName(String name) {
        return CliChoice.parse(BenchModel.class, name, "choice.benchModel");
    }

    /** Timed steps per measurement that take a few seconds on a 2-core laptop. */
    public int defaultSteps() {
        return defaultSteps;
    }

    /** The thread count the app uses for this model by default. */
    public int defaultThreads(DataSpec data) {
        return defaultThreads(family, data);
    }

    private <C> int defaultThreads(ModelFamily<C> f, DataSpec data) {
        return f.threads(f.defaults(cliName, data, DataKind.IMAGES));
    }

    /** The model with its default settings for images, at {@code threads} intra-op threads. */
    public Experiment<?> create(NDManager root, Dataset data, DataSpec spec, int threads) {
        return create(family, root, data, spec, threads);
    }

    private <C> Experiment<C> create(ModelFamily<C> f, NDManager root, Dataset data, DataSpec spec, int threads) {
        C config = f.hyperparameter("threads").with(f.defaults(cliName, spec, DataKind.IMAGES), threads);
        return f.create(root, data, config);
    }

    /** The multiply-adds of each pass of one step of {@code experiment} (built by {@link #create}), for {@link FlopCount#flops}. */
    public List<Long> passesPerStep(Experiment<?> experiment) {
        return passes.apply(experiment);
    }

    private static List<Long> ganPasses(Experiment<?> experiment) {
        GanExperiment g = (GanExperiment) experiment;
        GanConfig c = g.config();
        GanNetworks nets = g.networks();
        int n = c.batchSize();
        Cost generator = FlopCount.cost(nets.generator(), new Shape(n, c.latentSize()));
        Cost discriminator = FlopCount.cost(nets.discriminator(), nets.discriminatorInput(n));
        List<Long> passes = new ArrayList<>();
        for (int i = 0; i < c.dStepsPerG(); i++) {
            passes.add(FlopCount.forward(generator));
            passes.add(FlopCount.trained(discriminator, false));
            passes.add(FlopCount.trained(discriminator, false));
            if (c.model().gradientPenalty()) {
                passes.add(FlopCount.penalty(discriminator));
            }
        }
        passes.add(FlopCount.trained(generator, false));
        passes.add(FlopCount.throughFrozen(discriminator));
        return passes;
    }

    private static List<Long> autoencoderPasses(Experiment<?> experiment) {
        AeExperiment a = (AeExperiment) experiment;
        AeConfig c = a.config();
        AeNetworks nets = a.networks();
        int n = c.batchSize();
        return List.of(FlopCount.trained(FlopCount.cost(nets.encoder(), new Shape(n, a.dataset().itemSize())), false),
                FlopCount.trained(FlopCount.cost(nets.decoder(), new Shape(n, c.codeSize())), true));
    }
}
