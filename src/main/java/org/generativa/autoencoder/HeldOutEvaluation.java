package org.generativa.autoencoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.generativa.data.ImageSet;

/**
 * Reconstruction loss and, for VAEs, the negative ELBO on held-out images, per example. The ELBO is the
 * usual one-sample estimate, with the posterior noise drawn from a fixed stream so the number does not
 * depend on when it is measured.
 *
 * @param recon reconstruction loss (a VAE's: the NLL of one posterior sample), nats for likelihoods
 * @param kl VAEs: KL divergence of the posterior from the prior, nats; NaN otherwise
 * @param psnr mean PSNR of the reconstructions (a VAE's from its posterior mean), dB
 */
record HeldOutEvaluation(double recon, double kl, double psnr, int count) {

    private static final int CHUNK = 250;
    private static final long NOISE_SEED = 0x454C424FL;
    private static final float NUDGE = 0.05f;

    double negativeElbo() {
        return recon + kl;
    }

    static HeldOutEvaluation of(AeNetworks nets, AeConfig config, ImageSet data, int from, int count, NDManager parent) {
        Reconstruction reconstruction = Reconstruction.of(config, true);
        boolean variational = config.variant().variational();
        int itemSize = data.itemSize();
        double recon = 0;
        double kl = 0;
        double psnr = 0;
        for (int start = 0; start < count; start += CHUNK) {
            int n = Math.min(CHUNK, count - start);
            float[] items = new float[n * itemSize];
            for (int i = 0; i < n; i++) {
                data.read(from + start + i, items, i * itemSize);
            }
            try (NDManager m = parent.newSubManager()) {
                NDArray x = m.create(items, new Shape(n, itemSize));
                NDArray encoded = nets.encode(x, false);
                if (variational) {
                    NDList posterior = VaeTrainer.meanAndLogVariance(encoded);
                    psnr += n * Psnr.meanPerImage(x, reconstruction.mean(nets.decode(posterior.get(0), false)));
                    NDArray eps = NoiseSource.seeded(m, NOISE_SEED + start).normal(posterior.get(0).getShape());
                    NDArray z = VaeTrainer.reparameterise(posterior.get(0), posterior.get(1), eps);
                    recon += n * (double) reconstruction.loss(x, nets.decode(z, false)).getFloat();
                    kl += n * (double) GaussianKl.total(posterior.get(0), posterior.get(1)).getFloat();
                } else {
                    NDArray outputs = nets.decode(encoded, false);
                    psnr += n * Psnr.meanPerImage(x, reconstruction.mean(outputs));
                    recon += n * (double) reconstruction.loss(x, outputs).getFloat();
                }
            }
        }
        return new HeldOutEvaluation(recon / count, variational ? kl / count : Double.NaN, psnr / count, count);
    }

    /**
     * How much of a small change to the input comes through to the reconstruction, ||r(x + d) - r(x)|| / ||d|| for a
     * Gaussian nudge d of standard deviation {@value #NUDGE}, averaged over {@code count} held-out images: 1 for the
     * identity, which copies every change, and small for an autoencoder that maps inputs onto what the data looks like.
     */
    static double copyGain(AeNetworks nets, AeConfig config, ImageSet data, int from, int count, NDManager parent) {
        Reconstruction reconstruction = Reconstruction.of(config, true);
        int itemSize = data.itemSize();
        float[] items = new float[count * itemSize];
        for (int i = 0; i < count; i++) {
            data.read(from + i, items, i * itemSize);
        }
        try (NDManager m = parent.newSubManager()) {
            NDArray x = m.create(items, new Shape(count, itemSize));
            NDArray nudge = NoiseSource.seeded(m, NOISE_SEED).normal(x.getShape()).mul(NUDGE);
            NDArray moved = reconstructionOf(nets, reconstruction, x.add(nudge)).sub(reconstructionOf(nets, reconstruction, x));
            NDArray ratio = moved.square().sum(new int[] {1}).sqrt().div(nudge.square().sum(new int[] {1}).sqrt());
            return ratio.mean().getFloat();
        }
    }

    private static NDArray reconstructionOf(AeNetworks nets, Reconstruction reconstruction, NDArray x) {
        return reconstruction.mean(nets.decode(nets.encodeMean(x, false), false));
    }
}
