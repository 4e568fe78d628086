package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.generativa.common.InvalidInputException;
import org.generativa.data.ImageSet;
import org.generativa.data.SyntheticDigits;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierCacheTest extends EngineTest {

    private static final ClassifierOptions QUICK = ClassifierOptions.DEFAULT.withSteps(25).withThreads(1);

    @TempDir
    Path dir;

    /** The first {@code count} synthetic digits of a seed, optionally with every label moved on by one. */
    private static class Digits extends ImageSet {
        private final SyntheticDigits source;
        private final int count;
        private final int labelShift;

        Digits(long seed, int count, int labelShift) {
            this.source = new SyntheticDigits(seed);
            this.count = count;
            this.labelShift = labelShift;
        }

        @Override
        public String name() {
            return "few/digits";
        }

        @Override
        public int[] itemShape() {
            return source.itemShape();
        }

        @Override
        public List<String> labelNames() {
            return source.labelNames();
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public void read(int index, float[] out, int offset) {
            source.read(index, out, offset);
        }

        @Override
        public int label(int index) {
            return (source.label(index) + labelShift) % 10;
        }
    }

    private static final class Counting implements ClassifierProgress {
        final AtomicInteger calls = new AtomicInteger();
        int lastStep;
        int total;

        @Override
        public void update(int step, int total) {
            assertEquals(lastStep + 1, step, "steps are reported in order");
            calls.incrementAndGet();
            lastStep = step;
            this.total = total;
        }
    }

    @Test
    void theSecondRequestLoadsTheCachedClassifierWithoutTraining() {
        ClassifierCache cache = new ClassifierCache(dir);
        Digits data = new Digits(1, 600, 0);
        Counting first = new Counting();
        float[] images = ClassifierInference.read(data, new int[] {0, 1, 2, 3}, 0, 4);
        Predictions trained;
        ClassifierInfo trainedInfo;
        long trainNanos = System.nanoTime();
        try (ReferenceClassifier classifier = cache.obtain(data, QUICK, first, () -> false)) {
            trainNanos = System.nanoTime() - trainNanos;
            trained = classifier.predict(images, 4);
            trainedInfo = classifier.info();
        }
        assertEquals(QUICK.steps(), first.calls.get());
        assertEquals(QUICK.steps(), first.total);
        Path folder = cache.directoryFor(data, QUICK);
        assertTrue(Files.isRegularFile(folder.resolve(ClassifierCache.WEIGHTS)));
        assertTrue(Files.isRegularFile(folder.resolve(ClassifierCache.METADATA)));

        Counting second = new Counting();
        long loadNanos = System.nanoTime();
        try (ReferenceClassifier classifier = cache.obtain(data, QUICK, second, () -> false)) {
            loadNanos = System.nanoTime() - loadNanos;
            assertEquals(0, second.calls.get(), "no training");
            assertEquals(trainedInfo.heldOutAccuracy(), classifier.info().heldOutAccuracy());
            assertEquals(trainedInfo.trainingSeconds(), classifier.info().trainingSeconds());
            assertEquals(trainedInfo.key(), classifier.info().key());
            assertEquals(List.of(1, 28, 28), classifier.info().imageShape());
            Predictions loaded = classifier.predict(images, 4);
            assertArrayEquals(trained.classes(), loaded.classes());
            assertArrayEquals(trained.confidence(), loaded.confidence(), 1e-6f);
        }
        assertTrue(loadNanos < trainNanos, "loading " + loadNanos / 1e6 + " ms, training " + trainNanos / 1e6 + " ms");
    }

    @Test
    void metadataRecordsTheDatasetShapeClassesAccuracyAndSteps() throws IOException {
        ClassifierCache cache = new ClassifierCache(dir);
        Digits data = new Digits(1, 500, 0);
        cache.obtain(data, QUICK, ClassifierProgress.NONE, () -> false).close();
        String json = Files.readString(cache.directoryFor(data, QUICK).resolve(ClassifierCache.METADATA));
        for (String field : List.of("\"dataset\" : \"few/digits\"", "\"imageShape\" : [ 1, 28, 28 ]",
                "\"classes\" : [ \"0\"",
                "\"heldOutAccuracy\"", "\"trainingSteps\" : 25", "\"heldOutCount\" : 100", "\"trainCount\" : 400")) {
            assertTrue(json.contains(field), field + " in " + json);
        }
    }

    @Test
    void changedDataGetsAnotherKey() {
        ClassifierCache cache = new ClassifierCache(dir);
        Path base = cache.directoryFor(new Digits(1, 600, 0), QUICK);
        assertEquals(base, cache.directoryFor(new Digits(1, 600, 0), QUICK), "the same data, the same key");
        assertTrue(base.getFileName().toString().startsWith("few_digits-"), base.toString());
        assertNotEquals(base, cache.directoryFor(new Digits(2, 600, 0), QUICK), "other pixels");
        assertNotEquals(base, cache.directoryFor(new Digits(1, 601, 0), QUICK), "another count");
        assertNotEquals(base, cache.directoryFor(new Digits(1, 600, 1), QUICK), "other labels");
        assertNotEquals(base, cache.directoryFor(new Digits(1, 600, 0), QUICK.withSteps(26)), "another recipe");
        assertEquals(base, cache.directoryFor(new Digits(1, 600, 0), QUICK.withThreads(2)), "threads do not matter");
    }

    @Test
    void corruptWeightsAreRetrainedWithoutAnException() throws IOException {
        ClassifierCache cache = new ClassifierCache(dir);
        Digits data = new Digits(1, 500, 0);
        cache.obtain(data, QUICK, ClassifierProgress.NONE, () -> false).close();
        Path weights = cache.directoryFor(data, QUICK).resolve(ClassifierCache.WEIGHTS);
        byte[] truncated = java.util.Arrays.copyOf(Files.readAllBytes(weights), 500);
        // Same length, one weight's byte changed: it would load without complaint, only its checksum tells.
        byte[] flipped = Files.readAllBytes(weights);
        flipped[flipped.length - 3] ^= 0x40;
        assertTrue(Files.isRegularFile(weights.resolveSibling("checksums.sha256")));
        for (byte[] corrupt : List.of("not a weights file".getBytes(), truncated, flipped)) {
            Files.write(weights, corrupt);
            Counting progress = new Counting();
            try (ReferenceClassifier classifier = cache.obtain(data, QUICK, progress, () -> false)) {
                assertEquals(QUICK.steps(), progress.calls.get(), "retrained");
                assertEquals(100, classifier.predict(new float[100 * 784], 100).count());
            }
        }
        Counting afterwards = new Counting();
        cache.obtain(data, QUICK, afterwards, () -> false).close();
        assertEquals(0, afterwards.calls.get(), "the retrained classifier replaced the corrupt one");
    }

    @Test
    void unreadableOrMismatchedMetadataIsRetrained() throws IOException {
        ClassifierCache cache = new ClassifierCache(dir);
        Digits data = new Digits(1, 500, 0);
        cache.obtain(data, QUICK, ClassifierProgress.NONE, () -> false).close();
        Path metadata = cache.directoryFor(data, QUICK).resolve(ClassifierCache.METADATA);
        String good = Files.readString(metadata);
        java.util.Map<String, String> bad = java.util.Map.of(
                "truncated JSON", "{ \"formatVersion\" : 1, ",
                "another shape", good.replace("\"imageShape\" : [ 1, 28, 28 ]", "\"imageShape\" : [ 3, 28, 28 ]"),
                "other classes", good.replace("\"classes\" : [ \"0\"", "\"classes\" : [ \"zero\""),
                "another key", good.replace("\"key\" : \"few_digits-", "\"key\" : \"few_digits-0"));
        for (var entry : bad.entrySet()) {
            assertNotEquals(good, entry.getValue(), entry.getKey());
            Files.writeString(metadata, entry.getValue());
            Counting progress = new Counting();
            cache.obtain(data, QUICK, progress, () -> false).close();
            assertEquals(QUICK.steps(), progress.calls.get(), "retrained after " + entry.getKey());
        }
    }

    @Test
    void cancellingStopsTrainingCachesNothingAndRestoresTheThreadCount() {
        ClassifierCache cache = new ClassifierCache(dir);
        Digits data = new Digits(1, 500, 0);
        Counting progress = new Counting();
        int threads = JniUtils.getNumThreads();
        assertThrows(CancellationException.class, () -> cache.obtain(data, QUICK.withThreads(2), progress,
                () -> progress.calls.get() >= 5));
        assertEquals(5, progress.calls.get());
        assertFalse(Files.exists(cache.directoryFor(data, QUICK).resolve(ClassifierCache.METADATA)));
        assertEquals(threads, JniUtils.getNumThreads());
        assertFalse(JniUtils.isGradMode());
    }

    @Test
    void unlabelledOrWrongSizedDataIsRefusedWithAClearMessage() {
        ClassifierCache cache = new ClassifierCache(dir);
        ImageSet unlabelled = new Digits(1, 100, 0) {
            @Override
            public List<String> labelNames() {
                return List.of();
            }
        };
        InvalidInputException noLabels = assertThrows(InvalidInputException.class,
                () -> cache.obtain(unlabelled, QUICK, ClassifierProgress.NONE, () -> false));
        assertTrue(noLabels.getMessage().contains("no class labels"), noLabels.getMessage());
        ImageSet small = new Digits(1, 100, 0) {
            @Override
            public int[] itemShape() {
                return new int[] {1, 16, 16};
            }
        };
        InvalidInputException size = assertThrows(InvalidInputException.class,
                () -> cache.obtain(small, QUICK, ClassifierProgress.NONE, () -> false));
        assertTrue(size.getMessage().contains("28, 32 or 64"), size.getMessage());
    }

    @Test
    void theStandardCacheLivesUnderTheAppHome() {
        assertEquals(org.generativa.common.AppPaths.home().resolve("classifiers"), ClassifierCache.standard().root());
    }
}
