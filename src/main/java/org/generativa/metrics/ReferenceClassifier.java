package org.generativa.metrics;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;
import org.generativa.data.ImageSet;

/**
 * A small CNN trained on a labelled image set's classes plus one extra class, "not a sample of this
 * dataset", that judges generated images: which class each looks like, how many are recognisable, how
 * evenly they cover the classes, whether a conditional generator drew the class it was asked for, and
 * a Fréchet distance between its features of generated and held-out real images.
 *
 * <p>Obtain one with {@link ClassifierCache#obtain}. Every method runs on the calling thread, which must
 * have loaded the engine ({@code Backend.load}); use it from one thread at a time (the app's ML thread).
 * No gradients are recorded outside training, and each call frees its native arrays before returning.
 * Close it to free the weights.
 */
public final class ReferenceClassifier implements AutoCloseable {

    /** Held-out real images whose features are the Fréchet distance's reference. */
    public static final int REFERENCE_IMAGES = 1000;

    private final NDManager manager;
    private final ClassifierNetwork network;
    private final ClassifierInference inference;
    private final ImageSet data;
    private final HeldOutSplit split;
    private final ClassifierInfo info;
    private GaussianStats reference;
    private SampleScore realBaseline;

    ReferenceClassifier(NDManager manager, ClassifierNetwork network, ImageSet data, HeldOutSplit split,
            ClassifierInfo info) {
        this.manager = manager;
        this.network = network;
        this.inference = new ClassifierInference(manager, network, data.itemShape(), info.classCount() + 1);
        this.data = data;
        this.split = split;
        this.info = info;
    }

    /**
     * Trains a classifier on {@code data} without looking at any cache.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true
     */
    public static ReferenceClassifier train(ImageSet data, ClassifierOptions options, ClassifierProgress progress,
            BooleanSupplier cancelled) {
        ClassifierTrainer.requireUsable(data);
        return ClassifierTrainer.train(data, DatasetFingerprint.key(data, options), options, progress, cancelled);
    }

    public ClassifierInfo info() {
        return info;
    }

    public ImageSet dataset() {
        return data;
    }

    /** Indices of the held-out images of {@link #dataset()} (never trained on), ascending. */
    public int[] heldOutIndices() {
        return split.heldOut().clone();
    }

    /** The most probable output and its probability for each of {@code count} images (channels first, [0, 1]). */
    public Predictions predict(float[] images, int count) {
        return inference.run(images, count).predictions();
    }

    /**
     * The classifier's probabilities for each of {@code count} images, {@code classCount() + 1} per image: the
     * classes in order, then "not a sample".
     */
    public float[] probabilities(float[] images, int count) {
        return inference.run(images, count).probabilities();
    }

    /** The 128 penultimate-layer features of each image, image after image. */
    public float[] features(float[] images, int count) {
        return inference.run(images, count).features();
    }

    /** Scores generated images for an unconditional generator. */
    public SampleScore score(float[] images, int count) {
        return score(images, count, null);
    }

    /**
     * Scores generated images. The Fréchet distance is an estimate that shrinks as the sample grows, so
     * compare scores of equally many images; {@value #REFERENCE_IMAGES}, as many as the reference, is the
     * intended count.
     *
     * @param images {@code count} images one after another, channels first, values in [0, 1]
     * @param requestedClasses the class each image was generated for, or null for an unconditional generator
     */
    public SampleScore score(float[] images, int count, int[] requestedClasses) {
        if (requestedClasses != null && requestedClasses.length < count) {
            throw new IllegalArgumentException(count + " images but " + requestedClasses.length + " requested classes.");
        }
        ClassifierInference.Output output = inference.run(images, count);
        Predictions predictions = output.predictions();
        int[] classCounts = new int[info.classCount()];
        int recognisable = 0;
        int asked = 0;
        for (int i = 0; i < count; i++) {
            if (predictions.recognisable(i)) {
                recognisable++;
                classCounts[predictions.classes()[i]]++;
            }
            if (requestedClasses != null && predictions.classes()[i] == requestedClasses[i]) {
                asked++;
            }
        }
        double condAccuracy = requestedClasses == null || count == 0 ? Double.NaN : (double) asked / count;
        double frechet = count < 2 ? Double.NaN : FrechetDistance.between(referenceFeatures(),
                GaussianStats.of(output.features(), count, ClassifierNetwork.FEATURES));
        return new SampleScore(count, recognisable, classCounts, SampleScore.klToUniform(classCounts), condAccuracy,
                frechet);
    }

    /**
     * The score of {@value #REFERENCE_IMAGES} real images other than the reference ones (computed on first
     * use): about what a perfect generator would get, a baseline to show beside generated samples' scores.
     * They are the next held-out images when there are enough, otherwise training images (which flatter
     * the recognisable fraction a little). Its Fréchet distance is small but not zero.
     */
    public SampleScore realBaseline() {
        if (realBaseline == null) {
            int[] heldOut = split.heldOut();
            boolean unseen = heldOut.length >= 2 * REFERENCE_IMAGES;
            int[] source = unseen ? heldOut : split.train();
            int from = unseen ? REFERENCE_IMAGES : 0;
            int n = Math.min(REFERENCE_IMAGES, source.length);
            realBaseline = score(ClassifierInference.read(data, source, from, from + n), n);
        }
        return realBaseline;
    }

    /** Fréchet distance between the features of {@code count} images and of the held-out reference images. */
    public double frechetDistance(float[] images, int count) {
        return FrechetDistance.between(referenceFeatures(),
                GaussianStats.of(features(images, count), count, ClassifierNetwork.FEATURES));
    }

    /** Feature statistics of the first {@value #REFERENCE_IMAGES} held-out images (computed on first use). */
    public GaussianStats referenceFeatures() {
        if (reference == null) {
            int[] heldOut = split.heldOut();
            int n = Math.min(REFERENCE_IMAGES, heldOut.length);
            float[] features = features(ClassifierInference.read(data, heldOut, 0, n), n);
            reference = GaussianStats.of(features, n, ClassifierNetwork.FEATURES);
        }
        return reference;
    }

    void saveWeights(OutputStream out) throws IOException {
        network.whole.saveParameters(new DataOutputStream(out));
    }

    void loadWeights(InputStream in) throws IOException, MalformedModelException {
        network.whole.loadParameters(manager, new DataInputStream(in));
    }

    /** Native arrays this classifier holds (its weights); for leak checks. */
    int managedArrays() {
        return manager.getManagedArrays().size();
    }

    @Override
    public void close() {
        manager.close();
    }
}
