package org.generativa.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeNetworks;
import org.generativa.autoencoder.AeVariant;
import org.generativa.bench.FlopCount.Cost;
import org.generativa.common.CliChoice;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanModelKind;
import org.generativa.gan.GanNetworks;
import org.generativa.train.Experiment;

/**
 * The models the benchmarks train, each with its default settings for images, and the peer script
 * {@code src/bench/<name>.py} that trains the same model in PyTorch. One step is one call of
 * {@link Experiment#step}: for GANs all D steps of one G step and that G step.
 */
public enum BenchModel implements CliChoice {
    GAN("gan", GanModelKind.GAN, null, 400),
    DCGAN("dcgan", GanModelKind.DCGAN, null, 40),
    VAE("vae", null, AeVariant.VAE, 400),
    CONV_VAE("conv-vae", null, AeVariant.CONV_VAE, 60),
    WGAN_GP("wgan-gp", GanModelKind.WGAN_GP, null, 12);

    private final String cliName;
    private final GanModelKind gan;
    private final AeVariant autoencoder;
    private final int defaultSteps;

    BenchModel(String cliName, GanModelKind gan, AeVariant autoencoder, int defaultSteps) {
        this.cliName = cliName;
        this.gan = gan;
        this.autoencoder = autoencoder;
        this.defaultSteps = defaultSteps;
    }

    @JsonValue
    @Override
    public String cliName() {
        return cliName;
    }

    public static BenchModel fromCliName(String name) {
        return CliChoice.parse(BenchModel.class, name, "model for the benchmarks");
    }

    /** Timed steps per measurement that take a few seconds on a 2-core laptop. */
    public int defaultSteps() {
        return defaultSteps;
    }

    /** The thread count the app uses for this model by default. */
    public int defaultThreads(DataSpec data) {
        return gan != null ? ganConfig(data).threads() : aeConfig(data).threads();
    }

    /** The model with its default settings for images, at {@code threads} intra-op threads. */
    public Experiment<?> create(NDManager root, Dataset data, DataSpec spec, int threads) {
        if (gan != null) {
            return new GanExperiment(root, data, ganConfig(spec).withThreads(threads));
        }
        return new AeExperiment(root, data, aeConfig(spec).withThreads(threads));
    }

    private GanConfig ganConfig(DataSpec data) {
        return GanConfig.defaultsFor(gan, data, DataKind.IMAGES);
    }

    private AeConfig aeConfig(DataSpec data) {
        return AeConfig.defaultsFor(autoencoder, data, DataKind.IMAGES);
    }

    /** The multiply-adds of each pass of one step of {@code experiment} (built by {@link #create}), for {@link FlopCount#flops}. */
    public List<Long> passesPerStep(Experiment<?> experiment) {
        List<Long> passes = new ArrayList<>();
        if (experiment instanceof GanExperiment g) {
            GanConfig c = g.config();
            GanNetworks nets = g.networks();
            int n = c.batchSize();
            Cost generator = FlopCount.cost(nets.generator(), new Shape(n, c.latentSize()));
            Cost discriminator = FlopCount.cost(nets.discriminator(), nets.discriminatorInput(n));
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
        AeExperiment a = (AeExperiment) experiment;
        AeConfig c = a.config();
        AeNetworks nets = a.networks();
        int n = c.batchSize();
        passes.add(FlopCount.trained(FlopCount.cost(nets.encoder(), new Shape(n, a.dataset().itemSize())), false));
        passes.add(FlopCount.trained(FlopCount.cost(nets.decoder(), new Shape(n, c.codeSize())), true));
        return passes;
    }
}
