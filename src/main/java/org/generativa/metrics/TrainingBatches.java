package org.generativa.metrics;

import java.util.SplittableRandom;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ImageSet;

/**
 * Batches for the reference classifier: real training images, each shifted by up to 1/14 of its
 * side (edges repeated), with their labels, then negatives labelled with the extra class.
 */
final class TrainingBatches {

    private final ImageSet data;
    private final int[] train;
    private final NegativeImages negatives;
    private final int negativesPerBatch;
    private final int classes;
    private final int channels;
    private final int side;
    private final int maxShift;
    private final SplittableRandom random;
    private final float[] scratch;

    TrainingBatches(ImageSet data, int[] train, int negativesPerBatch, long seed) {
        this.data = data;
        this.train = train;
        this.negativesPerBatch = negativesPerBatch;
        this.classes = data.labelNames().size();
        int[] shape = data.itemShape();
        this.channels = shape[0];
        this.side = shape[1];
        this.maxShift = side / 14;
        this.negatives = new NegativeImages(channels, side);
        this.random = new SplittableRandom(seed);
        this.scratch = new float[data.itemSize()];
    }

    /** Fills {@code labels.length} images into {@code values}; the last {@code negativesPerBatch} are negatives. */
    void fill(float[] values, int[] labels) {
        int size = scratch.length;
        int reals = labels.length - negativesPerBatch;
        for (int i = 0; i < labels.length; i++) {
            int index = train[random.nextInt(train.length)];
            data.read(index, scratch, 0);
            if (i < reals) {
                labels[i] = label(index);
                shift(scratch, values, i * size, random.nextInt(2 * maxShift + 1) - maxShift,
                        random.nextInt(2 * maxShift + 1) - maxShift);
            } else {
                labels[i] = classes;
                negatives.draw(scratch, values, i * size, random);
            }
        }
    }

    private int label(int index) {
        int label = data.label(index);
        if (label < 0 || label >= classes) {
            throw InvalidInputException.of("classifier.labelOutside", data.name(), String.valueOf(index), String.valueOf(label),
                    String.valueOf(classes - 1));
        }
        return label;
    }

    private void shift(float[] image, float[] out, int offset, int dx, int dy) {
        int plane = side * side;
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < side; y++) {
                int sy = Math.min(side - 1, Math.max(0, y - dy));
                for (int x = 0; x < side; x++) {
                    int sx = Math.min(side - 1, Math.max(0, x - dx));
                    out[offset + c * plane + y * side + x] = image[c * plane + sy * side + sx];
                }
            }
        }
    }
}
