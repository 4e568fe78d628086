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
                NDArray code = variational ? VaeTrainer.meanAndLogVariance(encoded).get(0) : encoded;
                psnr += n * Psnr.meanPerImage(x, reconstruction.mean(nets.decode(code, false)));
                if (variational) {
                    NDList posterior = VaeTrainer.meanAndLogVariance(encoded);
                    NDArray eps = NoiseSource.seeded(m, NOISE_SEED + start).normal(posterior.get(0).getShape());
                    NDArray z = VaeTrainer.reparameterise(posterior.get(0), posterior.get(1), eps);
                    recon += n * (double) reconstruction.loss(x, nets.decode(z, false)).getFloat();
                    kl += n * (double) GaussianKl.total(posterior.get(0), posterior.get(1)).getFloat();
                } else {
                    recon += n * (double) reconstruction.loss(x, nets.decode(encoded, false)).getFloat();
                }
            }
        }
        return new HeldOutEvaluation(recon / count, variational ? kl / count : Double.NaN, psnr / count, count);
    }

    /**
     * Mean PSNR of the reconstructions of {@code count} images of uniform noise, which look like no training image: an
     * autoencoder that reconstructs them well has learned to copy its input (the identity) rather than the data.
     */
    static double noisePsnr(AeNetworks nets, AeConfig config, int itemSize, int count, NDManager parent) {
        Reconstruction reconstruction = Reconstruction.of(config, true);
        try (NDManager m = parent.newSubManager()) {
            NDArray x = NoiseSource.seeded(m, NOISE_SEED).uniform(new Shape(count, itemSize));
            NDArray encoded = nets.encode(x, false);
            NDArray code = config.variant().variational() ? VaeTrainer.meanAndLogVariance(encoded).get(0) : encoded;
            return Psnr.meanPerImage(x, reconstruction.mean(nets.decode(code, false)));
        }
    }
}
