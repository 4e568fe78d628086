package org.generativa.family;

import java.util.List;
import org.generativa.data.Dataset;
import org.generativa.data.HeldOutItems;

/**
 * A trained model seen through its latent space: what the latent explorer needs from a GAN, a
 * conditional GAN, an autoencoder or a VAE. Every method runs on the engine thread that owns the
 * model. Items are flat rows in the data's own range ([0, 1] for images).
 */
public interface LatentModel {

    /** Size of one code. */
    int latentSize();

    /** Whether items can be encoded to codes (autoencoders); GANs cannot. */
    boolean hasEncoder();

    /** Class names a conditional generator takes; empty for unconditional models. */
    List<String> conditionClasses();

    /** The data the model was trained on (for picking items, labels and attributes). */
    Dataset dataset();

    /** Decodes {@code count} codes; {@code classes} are one per code for conditional models, else null. */
    float[] decode(float[] codes, int count, int[] classes);

    /** Mean codes of {@code count} items; only when {@link #hasEncoder()}. */
    float[] encode(float[] items, int count);

    /** {@code count} codes drawn from the model's prior (N(0, I) unless the model says otherwise), reproducibly. */
    float[] samplePrior(int count, long seed);

    /** What {@link #dimensionImportance()} measures. */
    enum Importance {
        /** A VAE's KL per dimension on held-out data, in nats. */
        KL,
        /** The variance of held-out items' codes. */
        VARIANCE,
        /** Every dimension the same (a generator's noise). */
        EQUAL
    }

    /** What this model's {@link #dimensionImportance()} measures. */
    Importance importanceKind();

    /**
     * One number per latent dimension saying how much it matters: the KL of each dimension for a VAE, the
     * variance of codes of held-out data for other encoders, 1 for a generator's noise.
     */
    double[] dimensionImportance();

    /**
     * Up to {@code max} items the model was not trained on, with their labels: an autoencoder's held-out
     * images; for a GAN (which trains on every image) the same last images of the set; for points, a fixed sample.
     * The same items every call.
     */
    HeldOutItems heldOutItems(int max);
}
