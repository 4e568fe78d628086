package org.generativa.metrics;

/**
 * The reference classifier's verdict on each of a batch of images.
 *
 * @param classes the most probable output per image: a real class 0..K-1, or {@link #NOT_A_SAMPLE}
 * @param confidence that output's probability
 */
public record Predictions(int[] classes, float[] confidence) {

    /** The class of images the classifier takes for no sample of the dataset (noise, scrambles). */
    public static final int NOT_A_SAMPLE = -1;

    /** Probability a real class needs before a sample counts as recognisable. */
    public static final double RECOGNISABLE = 0.9;

    public int count() {
        return classes.length;
    }

    /** Whether image {@code i}'s top real class has probability >= 0.9. */
    public boolean recognisable(int i) {
        return classes[i] != NOT_A_SAMPLE && confidence[i] >= RECOGNISABLE;
    }
}
