package org.generativa.data;

import java.util.OptionalInt;
import java.util.SplittableRandom;

/** A finite set of images that can be read by index (procedural sets, IDX files, image folders). */
public abstract class ImageSet implements Dataset {

    /** Number of images. */
    public abstract int count();

    /** Writes image {@code index} into {@code out} at {@code offset}: channels first, values in [0, 1]. */
    public abstract void read(int index, float[] out, int offset);

    /** The class of image {@code index}, or -1 when the set is unlabelled. */
    public abstract int label(int index);

    /** The value (an index into {@code factors().get(factor).values()}) of one factor of image {@code index}. */
    public int factor(int index, int factor) {
        if (factor == 0 && !labelNames().isEmpty()) {
            return label(index);
        }
        throw new IllegalArgumentException(name() + " has no factor " + factor);
    }

    @Override
    public final DataKind kind() {
        return DataKind.IMAGES;
    }

    @Override
    public final OptionalInt size() {
        return OptionalInt.of(count());
    }

    @Override
    public Batch sample(int count, SplittableRandom random) {
        int itemSize = itemSize();
        float[] values = new float[count * itemSize];
        int[] labels = new int[count];
        int n = count();
        for (int i = 0; i < count; i++) {
            int index = random.nextInt(n);
            labels[i] = label(index);
            read(index, values, i * itemSize);
        }
        return new Batch(values, labels, count, itemShape());
    }
}
