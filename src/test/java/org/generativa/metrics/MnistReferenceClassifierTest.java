package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.generativa.data.IdxDataset;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The requirement on real data: trained with the default options on the MNIST test set split
 * 8,000 / 2,000, the classifier gets at least 98% of the held-out digits right.
 */
class MnistReferenceClassifierTest extends EngineTest {

    private static final Path MNIST = Path.of("../shared/datasets/mnist");

    @TempDir
    Path dir;

    @Test
    void defaultTrainingOnTheMnistTestSetReachesNinetyEightPercentHeldOut() {
        assumeTrue(Files.isDirectory(MNIST), "the shared MNIST test set is absent");
        IdxDataset mnist = IdxDataset.open(MNIST, List.of());
        try (ReferenceClassifier classifier = new ClassifierCache(dir).obtain(mnist,
                ClassifierOptions.DEFAULT.withThreads(1), ClassifierProgress.NONE, () -> false)) {
            ClassifierInfo info = classifier.info();
            System.out.printf("MNIST reference classifier: held-out accuracy %.4f, recognisable %.4f, %d steps,"
                    + " %.1f s%n", info.heldOutAccuracy(), info.heldOutRecognisable(), info.trainingSteps(),
                    info.trainingSeconds());
            assertEquals(8_000, info.trainCount());
            assertEquals(2_000, info.heldOutCount());
            assertTrue(info.heldOutAccuracy() >= 0.98, "held-out accuracy " + info.heldOutAccuracy());

            int[] heldOut = classifier.heldOutIndices();
            int n = 1000;
            float[] real = ClassifierInference.read(mnist, heldOut, 0, n);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = mnist.label(heldOut[i]);
            }
            SampleScore score = classifier.score(real, n, labels);
            assertTrue(score.recognisableFraction() > 0.9, "real recognisable " + score.recognisableFraction());
            assertTrue(score.klToUniform() < 0.03, "KL " + score.klToUniform());
            assertTrue(score.condAccuracy() >= 0.97, "cond accuracy " + score.condAccuracy());

            SplittableRandom random = new SplittableRandom(31);
            float[] uniform = new float[n * 784];
            float[] gaussian = new float[n * 784];
            for (int i = 0; i < uniform.length; i++) {
                uniform[i] = (float) random.nextDouble();
                gaussian[i] = (float) Math.min(1, Math.max(0, 0.5 + 0.25 * random.nextGaussian()));
            }
            double uniformRecognisable = classifier.score(uniform, n).recognisableFraction();
            double gaussianRecognisable = classifier.score(gaussian, n).recognisableFraction();
            System.out.printf("noise recognisable: uniform %.3f, Gaussian %.3f%n", uniformRecognisable,
                    gaussianRecognisable);
            assertTrue(uniformRecognisable < 0.05 && gaussianRecognisable < 0.05);
        }
    }
}
