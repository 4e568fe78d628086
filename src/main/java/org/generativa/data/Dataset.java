package org.generativa.data;

import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * A source of training items. Implementations are deterministic for a given seed. Image
 * intensities are in [0, 1]; a model that wants another range (a GAN's [-1, 1]) rescales them.
 */
public interface Dataset {

    String name();

    DataKind kind();

    /** Shape of one item: {@code {1}} for scalars, {@code {2}} for points, {@code {channels, height, width}} for images. */
    int[] itemShape();

    default int itemSize() {
        int size = 1;
        for (int d : itemShape()) {
            size *= d;
        }
        return size;
    }

    /** Class names indexed by label; empty when the data is unlabelled. */
    List<String> labelNames();

    /** Number of distinct items, or empty for a distribution that is sampled afresh every time. */
    OptionalInt size();

    /** Known factors of variation, in the order {@link ImageSet#factor} numbers them; empty when none are known. */
    default List<Factor> factors() {
        return List.of();
    }

    /** Draws {@code count} items (with replacement) using {@code random}. */
    Batch sample(int count, SplittableRandom random);
}
