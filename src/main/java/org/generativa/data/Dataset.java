package org.generativa.data;

import java.util.List;
import java.util.SplittableRandom;

/** A source of training items. Implementations are deterministic for a given seed. */
public interface Dataset {

    String name();

    DataKind kind();

    /** Shape of one item: {@code {2}} for points, {@code {channels, height, width}} for images. */
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

    /** Draws {@code count} items (with replacement) using {@code random}. */
    Batch sample(int count, SplittableRandom random);
}
