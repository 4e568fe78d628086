package org.generativa.metrics;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.generativa.data.ImageSet;

/**
 * Forward passes of a classifier network without gradients, in chunks, each chunk's arrays in its
 * own sub-manager so nothing native outlives the call.
 */
final class ClassifierInference {

    /** Output probabilities (K + 1 per image) and penultimate features (128 per image). */
    record Output(int count, int outputs, float[] probabilities, float[] features) {

        /** The most probable output per image; the last output is "not a sample". */
        Predictions predictions() {
            int[] classes = new int[count];
            float[] confidence = new float[count];
            for (int i = 0; i < count; i++) {
                int best = 0;
                for (int k = 1; k < outputs; k++) {
                    if (probabilities[i * outputs + k] > probabilities[i * outputs + best]) {
                        best = k;
                    }
                }
                classes[i] = best == outputs - 1 ? Predictions.NOT_A_SAMPLE : best;
                confidence[i] = probabilities[i * outputs + best];
            }
            return new Predictions(classes, confidence);
        }
    }

    private static final int CHUNK = 250;

    private final NDManager manager;
    private final ClassifierNetwork network;
    private final ParameterStore store;
    private final int[] imageShape;
    private final int outputs;

    ClassifierInference(NDManager manager, ClassifierNetwork network, int[] imageShape, int outputs) {
        this.manager = manager;
        this.network = network;
        this.store = new ParameterStore(manager, false);
        this.imageShape = imageShape.clone();
        this.outputs = outputs;
    }

    int itemSize() {
        return imageShape[0] * imageShape[1] * imageShape[2];
    }

    /** Values outside [0, 1] are clamped; NaN reads as 0. */
    Output run(float[] images, int count) {
        int size = itemSize();
        if (count < 0 || images.length < (long) count * size) {
            throw new IllegalArgumentException("Expected " + count + " images of " + size + " values, got "
                    + images.length + " values.");
        }
        float[] probabilities = new float[count * outputs];
        float[] features = new float[count * ClassifierNetwork.FEATURES];
        for (int start = 0; start < count; start += CHUNK) {
            int n = Math.min(CHUNK, count - start);
            float[] chunk = new float[n * size];
            for (int i = 0; i < n * size; i++) {
                float v = images[start * size + i];
                chunk[i] = v >= 0 ? Math.min(v, 1f) : 0f;
            }
            try (NDManager step = manager.newSubManager()) {
                NDArray x = step.create(chunk, new Shape(n, imageShape[0], imageShape[1], imageShape[2]));
                NDArray f = network.features.forward(store, new NDList(x), false).singletonOrThrow();
                NDArray logits = network.head.forward(store, new NDList(f), false).singletonOrThrow();
                System.arraycopy(logits.softmax(1).toFloatArray(), 0, probabilities, start * outputs, n * outputs);
                System.arraycopy(f.toFloatArray(), 0, features, start * ClassifierNetwork.FEATURES,
                        n * ClassifierNetwork.FEATURES);
            }
        }
        return new Output(count, outputs, probabilities, features);
    }

    /** Images {@code indices[from..to)} of {@code data}, one after another. */
    static float[] read(ImageSet data, int[] indices, int from, int to) {
        int size = data.itemSize();
        float[] values = new float[(to - from) * size];
        for (int i = from; i < to; i++) {
            data.read(indices[i], values, (i - from) * size);
        }
        return values;
    }
}
