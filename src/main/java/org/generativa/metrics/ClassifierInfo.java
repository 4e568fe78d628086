package org.generativa.metrics;

import java.util.List;

/**
 * What is known about a trained reference classifier; stored as JSON beside its weights.
 *
 * @param key the cache key: changes when the data, the image shape, the classes or the training recipe change
 * @param imageShape channels, height, width
 * @param classes the real classes; the network has one more output, "not a sample of this dataset"
 * @param heldOutAccuracy share of held-out images whose most probable output (extra class included) is their label
 * @param heldOutRecognisable share of held-out images whose top real class has probability >= 0.9
 * @param heldOutCount images held out (the accuracy is measured on at most 10,000 of them)
 * @param trainingSeconds wall time of the training steps, evaluation excluded
 */
public record ClassifierInfo(int formatVersion, String key, String dataset, List<Integer> imageShape,
        List<String> classes, double heldOutAccuracy, double heldOutRecognisable, int heldOutCount, int trainCount,
        int trainingSteps, int batchSize, double trainingSeconds) {

    public static final int FORMAT_VERSION = 1;

    public int classCount() {
        return classes.size();
    }
}
