package org.generativa.data;

/**
 * A batch of items laid out contiguously, item after item, each of {@code itemShape}.
 * Labels are -1 where a dataset has none.
 */
public record Batch(float[] values, int[] labels, int count, int[] itemShape) {

    public int itemSize() {
        int size = 1;
        for (int d : itemShape) {
            size *= d;
        }
        return size;
    }
}
