package org.generativa.metrics;

import java.util.SplittableRandom;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ImageSet;

/**
 * Batches for the reference classifier: real training images, each shifted by up to 1/14 of its
 * side (edges repeated), for a blurring classifier two thirds of them blurred once or twice by a 3x3 box, with
 * their labels, then negatives labelled with the extra class.
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
    private final boolean blurred;
    private final float[] blurScratch;

    TrainingBatches(ImageSet data, int[] train, int negativesPerBatch, long seed, boolean blurred) {
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
        this.blurred = blurred;
        this.blurScratch = new float[data.itemSize()];
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
                for (int pass = blurred ? random.nextInt(3) : 0; pass > 0; pass--) {
                    boxBlur(scratch);
                }
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

    /** Each pixel becomes the mean of its 3x3 neighbourhood (the part inside the image), channel by channel. */
    void boxBlur(float[] image) {
        int plane = side * side;
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    double sum = 0;
                    int n = 0;
                    for (int yy = Math.max(0, y - 1); yy <= Math.min(side - 1, y + 1); yy++) {
                        for (int xx = Math.max(0, x - 1); xx <= Math.min(side - 1, x + 1); xx++) {
                            sum += image[c * plane + yy * side + xx];
                            n++;
                        }
                    }
                    blurScratch[c * plane + y * side + x] = (float) (sum / n);
                }
            }
        }
        System.arraycopy(blurScratch, 0, image, 0, blurScratch.length);
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
