package org.generativa.autoencoder;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import java.util.SplittableRandom;
import org.generativa.nn.ParameterGroup;
import org.generativa.nn.Scalars;
import org.generativa.train.StepKind;

/**
 * Training of the adversarial autoencoder in its three phases: reconstruction (encoder and decoder), the
 * code discriminator (prior samples real, encoder codes fake), and the encoder as a generator that fools
 * it. The discriminator phase sees detached codes, so it never reaches the encoder; the generator phase
 * runs through a frozen discriminator. {@link StepKind#D_ONLY} runs the discriminator phase only,
 * {@link StepKind#G_ONLY} the other two.
 */
final class AaeTrainer implements AeTrainer {

    private final AeNetworks nets;
    private final boolean images;
    private final SplittableRandom random;
    private volatile AeConfig config;
    private volatile CodePrior prior;

    AaeTrainer(AeNetworks nets, AeConfig config, boolean images) {
        this.nets = nets;
        this.images = images;
        this.random = new SplittableRandom(config.seed() ^ 0x5DEECE66DL);
        applyLive(config);
    }

    @Override
    public void applyLive(AeConfig updated) {
        config = updated;
        prior = new CodePrior(updated.prior(), updated.codeSize());
        nets.applyLive(updated);
    }

    CodePrior prior() {
        return prior;
    }

    /** The discriminator's loss: {@code -mean log D(prior) - mean log(1 - D(code))} on raw outputs. */
    static NDArray discriminatorLoss(NDArray realOutputs, NDArray fakeOutputs) {
        return Activation.softPlus(realOutputs.neg()).mean().add(Activation.softPlus(fakeOutputs).mean());
    }

    /** The encoder's non-saturating loss: {@code -mean log D(code)}. */
    static NDArray generatorLoss(NDArray fakeOutputs) {
        return Activation.softPlus(fakeOutputs.neg()).mean();
    }

    @Override
    public StepValues step(NDManager m, NDArray x, StepKind kind, long step) {
        AeConfig c = config;
        StepValues values = new StepValues();
        if (kind != StepKind.D_ONLY) {
            Reconstruction reconstruction = Reconstruction.of(c, images);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray recon = reconstruction.loss(x, nets.decode(nets.encode(x, true), true));
                collector.backward(recon);
                values.put(AeMetrics.RECON, recon.getFloat());
            }
            nets.autoencoderParameters().update();
        }
        if (kind != StepKind.G_ONLY) {
            int n = (int) x.getShape().get(0);
            NDArray codes = nets.encode(x, false).stopGradient();
            NDArray samples = m.create(prior.sample(n, random), new Shape(n, c.codeSize()));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray loss = discriminatorLoss(nets.discriminate(samples, true), nets.discriminate(codes, true));
                collector.backward(loss);
                values.put(AeMetrics.ADV_D, loss.getFloat());
            }
            nets.discriminatorParameters().update();
        }
        if (kind != StepKind.D_ONLY) {
            ParameterGroup critic = nets.discriminatorParameters();
            critic.freeze();
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray loss = generatorLoss(nets.discriminate(nets.encode(x, true), true));
                collector.backward(Scalars.times(loss, c.advWeight()));
                values.put(AeMetrics.ADV_G, loss.getFloat());
            } finally {
                critic.unfreeze();
            }
            nets.encoderParameters().update();
            values.put(AeMetrics.LOSS, values.scalars.get(AeMetrics.RECON) + c.advWeight() * values.scalars.get(AeMetrics.ADV_G));
        }
        return values;
    }
}
