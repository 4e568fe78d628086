package org.generativa.autoencoder;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import org.generativa.data.Dataset;
import org.generativa.data.HeldOutCache;
import org.generativa.data.HeldOutItems;
import org.generativa.family.CodeStatistics;
import org.generativa.family.LatentModel;

/**
 * An autoencoder as a latent model: codes are the encoder's outputs (a VAE's posterior means). The prior
 * is N(0, I) for VAEs, the configured prior for the aae, and for the other variants a diagonal Gaussian
 * fitted to the codes of held-out items (they have no prior of their own).
 */
final class AeLatentModel implements LatentModel {

    /** Held-out items that importance and the fitted prior are measured on. */
    static final int MEASURED_ITEMS = 500;

    private final AeExperiment experiment;
    private final AeVariant variant;
    private final HeldOutCache heldOut;

    AeLatentModel(AeExperiment experiment) {
        this.experiment = experiment;
        this.variant = experiment.config().variant();
        this.heldOut = new HeldOutCache(experiment.dataset(), experiment.heldOutCount());
    }

    @Override
    public int latentSize() {
        return experiment.networks().codeSize();
    }

    @Override
    public boolean hasEncoder() {
        return true;
    }

    @Override
    public List<String> conditionClasses() {
        return List.of();
    }

    @Override
    public Dataset dataset() {
        return experiment.dataset();
    }

    @Override
    public float[] decode(float[] codes, int count, int[] classes) {
        return experiment.decode(codes, count);
    }

    @Override
    public float[] encode(float[] items, int count) {
        return experiment.encode(items, count);
    }

    @Override
    public float[] samplePrior(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        if (variant.generative()) {
            PriorKind kind = variant == AeVariant.AAE ? experiment.config().prior() : PriorKind.GAUSSIAN;
            return new CodePrior(kind, latentSize()).sample(count, random);
        }
        CodeStatistics fitted = heldOutStatistics();
        int d = latentSize();
        float[] codes = new float[count * d];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < d; j++) {
                codes[i * d + j] = (float) (fitted.mean()[j] + fitted.std()[j] * random.nextGaussian());
            }
        }
        return codes;
    }

    @Override
    public Importance importanceKind() {
        return variant.variational() ? Importance.KL : Importance.VARIANCE;
    }

    /** A VAE's KL per dimension on held-out items (nats); the variance of held-out codes for other variants. */
    @Override
    public double[] dimensionImportance() {
        HeldOutItems items = heldOutItems(MEASURED_ITEMS);
        if (!variant.variational()) {
            return heldOutStatistics().variance();
        }
        AeNetworks nets = experiment.networks();
        // Per-call arrays go on a child of the manager that holds the networks' parameters.
        NDManager owner = nets.autoencoderParameters().parameters().get(0).getArray().getManager();
        float[] encoded;
        try (NDManager m = owner.newSubManager()) {
            encoded = nets.encode(m.create(items.items(), new Shape(items.count(), items.itemSize())), false).toFloatArray();
        }
        return klPerDimension(encoded, items.count(), latentSize());
    }

    /** Mean over rows of 1/2 (mu^2 + sigma^2 - 1 - log sigma^2), with rows of mean and log-variance side by side. */
    static double[] klPerDimension(float[] meanAndLogVariance, int count, int d) {
        double[] kl = new double[d];
        for (int i = 0; i < count; i++) {
            int row = i * 2 * d;
            for (int j = 0; j < d; j++) {
                double mu = meanAndLogVariance[row + j];
                double logVariance = meanAndLogVariance[row + d + j];
                kl[j] += 0.5 * (mu * mu + Math.exp(logVariance) - 1 - logVariance);
            }
        }
        for (int j = 0; j < d; j++) {
            kl[j] /= count;
        }
        return kl;
    }

    private CodeStatistics heldOutStatistics() {
        HeldOutItems items = heldOutItems(MEASURED_ITEMS);
        return CodeStatistics.of(encode(items.items(), items.count()), items.count(), latentSize());
    }

    @Override
    public HeldOutItems heldOutItems(int max) {
        return heldOut.get(max);
    }
}
