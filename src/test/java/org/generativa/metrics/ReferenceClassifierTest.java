package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.pytorch.jni.JniUtils;
import java.util.SplittableRandom;
import org.generativa.data.ImageSet;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceClassifierTest extends EngineTest {

    private static final int N = 1000;
    private static ReferenceClassifier classifier;
    private static ImageSet digits;
    private static int[] heldOut;

    @BeforeAll
    static void train() {
        classifier = TrainedDigits.classifier();
        digits = classifier.dataset();
        heldOut = classifier.heldOutIndices();
    }

    @Test
    void trainingRecordsWhatItDid() {
        ClassifierInfo info = classifier.info();
        assertEquals("digits", info.dataset());
        assertEquals(10, info.classCount());
        assertEquals(TrainedDigits.STEPS, info.trainingSteps());
        assertEquals(12_000, info.heldOutCount());
        assertEquals(48_000, info.trainCount());
        assertTrue(info.heldOutAccuracy() > 0.97, "held-out accuracy " + info.heldOutAccuracy());
    }

    @Test
    void uniformNoiseIsNotRecognisable() {
        SplittableRandom random = new SplittableRandom(21);
        float[] noise = new float[N * 784];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) random.nextDouble();
        }
        SampleScore score = classifier.score(noise, N);
        assertTrue(score.recognisableFraction() < 0.05, "uniform noise recognisable " + score.recognisableFraction());
    }

    @Test
    void gaussianNoiseIsNotRecognisable() {
        SplittableRandom random = new SplittableRandom(22);
        for (double sd : new double[] {0.1, 0.25, 0.5}) {
            float[] noise = new float[N * 784];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (float) Math.min(1, Math.max(0, 0.5 + sd * random.nextGaussian()));
            }
            SampleScore score = classifier.score(noise, N);
            assertTrue(score.recognisableFraction() < 0.05, "Gaussian noise (sd " + sd + ") recognisable "
                    + score.recognisableFraction());
        }
    }

    @Test
    void mostNoiseIsCalledNotASample() {
        SplittableRandom random = new SplittableRandom(23);
        float[] noise = new float[200 * 784];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) random.nextDouble();
        }
        Predictions predictions = classifier.predict(noise, 200);
        int rejected = 0;
        for (int c : predictions.classes()) {
            rejected += c == Predictions.NOT_A_SAMPLE ? 1 : 0;
        }
        assertTrue(rejected > 190, rejected + " of 200 rejected");
    }

    @Test
    void heldOutImagesAreRecognisableAndCoverTheClassesEvenly() {
        SampleScore score = classifier.score(ClassifierInference.read(digits, heldOut, 0, N), N);
        assertTrue(score.recognisableFraction() > 0.9, "recognisable " + score.recognisableFraction());
        assertTrue(score.klToUniform() < 0.03, "KL to uniform " + score.klToUniform());
        assertEquals(score.recognisable(), java.util.Arrays.stream(score.classCounts()).sum());
    }

    @Test
    void aBatchOfOneClassHasKlNearLogK() {
        int[] sevens = java.util.Arrays.stream(heldOut).filter(i -> digits.label(i) == 7).limit(300).toArray();
        SampleScore score = classifier.score(ClassifierInference.read(digits, sevens, 0, sevens.length), sevens.length);
        assertTrue(score.recognisable() > 250, score.recognisable() + " recognisable sevens");
        assertEquals(Math.log(10), score.klToUniform(), 0.05);
        assertTrue(score.classFractions()[7] > 0.98);
    }

    @Test
    void predictionsNameTheTrueClassOfHeldOutImagesConfidently() {
        Predictions predictions = classifier.predict(ClassifierInference.read(digits, heldOut, 0, 200), 200);
        int correct = 0;
        for (int i = 0; i < 200; i++) {
            assertTrue(predictions.confidence()[i] > 0 && predictions.confidence()[i] <= 1);
            correct += predictions.classes()[i] == digits.label(heldOut[i]) ? 1 : 0;
        }
        assertTrue(correct >= 194, correct + " of 200");
    }

    @Test
    void conditionalAccuracyIsTheAccuracyWithTrueLabelsAndChanceWithShuffledOnes() {
        float[] images = ClassifierInference.read(digits, heldOut, 0, N);
        int[] labels = new int[N];
        for (int i = 0; i < N; i++) {
            labels[i] = digits.label(heldOut[i]);
        }
        SampleScore truthful = classifier.score(images, N, labels);
        assertEquals(classifier.info().heldOutAccuracy(), truthful.condAccuracy(), 0.02);
        int[] shuffled = labels.clone();
        SplittableRandom random = new SplittableRandom(24);
        for (int i = N - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        assertEquals(0.1, classifier.score(images, N, shuffled).condAccuracy(), 0.04);
        assertTrue(Double.isNaN(classifier.score(images, 10).condAccuracy()), "unconditional: no cond accuracy");
    }

    @Test
    void frechetDistanceIsSmallForRealImagesAndLargeForNoise() {
        double real = classifier.realBaseline().frechetDistance();
        double self = classifier.frechetDistance(ClassifierInference.read(digits, heldOut, 0, N), N);
        SplittableRandom random = new SplittableRandom(25);
        float[] noise = new float[N * 784];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) random.nextDouble();
        }
        double fake = classifier.frechetDistance(noise, N);
        assertEquals(0, self, 1e-6 * fake, "the reference images themselves");
        assertTrue(real > self && real * 20 < fake, "real " + real + ", noise " + fake);
        assertEquals(classifier.score(noise, N).frechetDistance(), fake, 1e-9 * fake);
        assertTrue(classifier.realBaseline().recognisableFraction() > 0.9);
    }

    @Test
    void featuresHaveOneHundredTwentyEightValuesPerImage() {
        float[] features = classifier.features(ClassifierInference.read(digits, heldOut, 0, 3), 3);
        assertEquals(3 * 128, features.length);
        assertTrue(classifier.referenceFeatures().dimension() == 128 && classifier.referenceFeatures().count() == N);
    }

    @Test
    void outOfRangeAndNanPixelsAreClampedNotPropagated() {
        float[] images = ClassifierInference.read(digits, heldOut, 0, 4);
        images[0] = Float.NaN;
        images[1] = -3;
        images[2] = 7;
        Predictions predictions = classifier.predict(images, 4);
        for (float p : predictions.confidence()) {
            assertFalse(Float.isNaN(p));
        }
    }

    @Test
    void inferenceLeavesNoNativeArraysBehindAndRecordsNoGradients() {
        float[] images = ClassifierInference.read(digits, heldOut, 0, 600);
        classifier.score(images, 600);
        int before = classifier.managedArrays();
        for (int i = 0; i < 5; i++) {
            classifier.score(images, 600, new int[600]);
            classifier.predict(images, 600);
            classifier.features(images, 600);
        }
        assertEquals(before, classifier.managedArrays());
        assertFalse(JniUtils.isGradMode());
    }
}
