package org.generativa.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Items for measuring and mapping a latent space, one after another.
 *
 * @param indices each item's index in its {@link ImageSet}, or -1 for items sampled from a distribution
 * @param labels each item's class, or -1 where the data has none
 */
public record HeldOutItems(float[] items, int count, int itemSize, int[] indices, int[] labels) {

    /**
     * Images at the end of an image set that autoencoders never train on (a fifth of a smaller set); the latent
     * tools measure and map the same images for every family.
     */
    public static final int HELD_OUT_IMAGES = 1000;

    private static final long SAMPLE_SEED = 0x4C4154454E54L;

    /** How many of {@code set}'s last images are held out of training. */
    public static int heldOutCount(ImageSet set) {
        return Math.min(HELD_OUT_IMAGES, set.count() / 5);
    }

    /**
     * Up to {@code max} of the last {@code tail} images of an image set (in order), or {@code max} points of a
     * distribution drawn with a fixed seed.
     */
    static HeldOutItems read(Dataset data, int tail, int max) {
        int size = data.itemSize();
        if (!(data instanceof ImageSet set)) {
            Batch batch = data.sample(max, new SplittableRandom(SAMPLE_SEED));
            int[] none = new int[max];
            Arrays.fill(none, -1);
            return new HeldOutItems(batch.values(), max, size, none, batch.labels().clone());
        }
        int n = Math.min(max, Math.min(tail, set.count()));
        int from = set.count() - Math.min(tail, set.count());
        float[] items = new float[n * size];
        int[] indices = new int[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = from + i;
            labels[i] = set.label(from + i);
            set.read(from + i, items, i * size);
        }
        return new HeldOutItems(items, n, size, indices, labels);
    }

    /** The first {@code n} items (all when there are fewer). */
    public HeldOutItems first(int n) {
        if (n >= count) {
            return this;
        }
        return new HeldOutItems(Arrays.copyOf(items, n * itemSize), n, itemSize, Arrays.copyOf(indices, n),
                Arrays.copyOf(labels, n));
    }
}
