package org.generativa.autoencoder;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.generativa.nn.Scalars;
import org.generativa.train.StepKind;

/**
 * Training of vae and conv-vae: the reparameterised code {@code z = mu + exp(logvar / 2) eps}, loss
 * {@code recon + beta kl}. The KL per dimension of the latest batch shows which dimensions carry information.
 */
final class VaeTrainer implements AeTrainer {

    /** A dimension whose batch-mean KL exceeds this many nats counts as active. */
    static final double ACTIVE_KL = 0.01;

    private final AeNetworks nets;
    private final boolean images;
    private volatile AeConfig config;

    VaeTrainer(AeNetworks nets, AeConfig config, boolean images) {
        this.nets = nets;
        this.config = config;
        this.images = images;
    }

    @Override
    public void applyLive(AeConfig updated) {
        config = updated;
        nets.applyLive(updated);
    }

    /** The encoder's output split into mean and log-variance. */
    static NDList meanAndLogVariance(NDArray encoded) {
        return encoded.split(2, 1);
    }

    static NDArray reparameterise(NDArray mu, NDArray logVariance, NDArray eps) {
        return mu.add(Scalars.times(logVariance, 0.5).exp().mul(eps));
    }

    @Override
    public StepValues step(NDManager m, NDArray x, StepKind kind, long step) {
        AeConfig c = config;
        Reconstruction reconstruction = Reconstruction.of(c, images);
        StepValues values = new StepValues();
        NDArray klDims;
        float recon;
        float kl;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDList posterior = meanAndLogVariance(nets.encode(x, true));
            NDArray mu = posterior.get(0);
            NDArray logVariance = posterior.get(1);
            NDArray z = reparameterise(mu, logVariance, m.randomNormal(mu.getShape()));
            NDArray reconLoss = reconstruction.loss(x, nets.decode(z, true));
            klDims = GaussianKl.perDimension(mu, logVariance);
            NDArray klTotal = ReconstructionLoss.perExample(klDims);
            NDArray loss = reconLoss.add(Scalars.times(klTotal, c.beta()));
            collector.backward(loss);
            values.put(AeMetrics.LOSS, loss.getFloat());
            recon = reconLoss.getFloat();
            kl = klTotal.getFloat();
        }
        nets.autoencoderParameters().update();
        double[] perDimension = DeterministicTrainer.toDoubles(klDims.mean(new int[] {0}).toFloatArray());
        int active = 0;
        for (double v : perDimension) {
            if (v > ACTIVE_KL) {
                active++;
            }
        }
        values.klPerDimension = perDimension;
        return values.put(AeMetrics.RECON, recon).put(AeMetrics.KL, kl).put(AeMetrics.NEG_ELBO_NATS, recon + kl)
                .put(AeMetrics.ACTIVE_UNITS, active);
    }
}
