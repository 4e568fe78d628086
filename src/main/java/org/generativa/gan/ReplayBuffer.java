package org.generativa.gan;

import java.util.SplittableRandom;

/**
 * Past generated examples for experience replay: D keeps seeing what G produced a while ago, so G
 * cannot escape by hopping from mode to mode. Full buffers replace a random slot (reservoir-like).
 */
final class ReplayBuffer {

    private final int itemSize;
    private final SplittableRandom random;
    private float[] items = new float[0];
    private int[] labels = new int[0];
    private int capacity;
    private int size;

    ReplayBuffer(int itemSize, long seed) {
        this.itemSize = itemSize;
        this.random = new SplittableRandom(seed);
    }

    /** Changing the capacity keeps as many stored items as fit. */
    void resize(int newCapacity) {
        if (newCapacity == capacity) {
            return;
        }
        float[] keptItems = new float[newCapacity * itemSize];
        int[] keptLabels = new int[newCapacity];
        int kept = Math.min(size, newCapacity);
        System.arraycopy(items, 0, keptItems, 0, kept * itemSize);
        System.arraycopy(labels, 0, keptLabels, 0, kept);
        items = keptItems;
        labels = keptLabels;
        capacity = newCapacity;
        size = kept;
    }

    int size() {
        return size;
    }

    void add(float[] batch, int[] batchLabels, int count) {
        for (int i = 0; i < count && capacity > 0; i++) {
            int slot = size < capacity ? size++ : random.nextInt(capacity);
            System.arraycopy(batch, i * itemSize, items, slot * itemSize, itemSize);
            labels[slot] = batchLabels == null ? -1 : batchLabels[i];
        }
    }

    /** Overwrites rows {@code from..from+count-1} of {@code batch} (and labels) with random stored items. */
    void sampleInto(float[] batch, int[] batchLabels, int from, int count) {
        for (int i = 0; i < count; i++) {
            int slot = random.nextInt(size);
            System.arraycopy(items, slot * itemSize, batch, (from + i) * itemSize, itemSize);
            if (batchLabels != null) {
                batchLabels[from + i] = labels[slot];
            }
        }
    }
}
