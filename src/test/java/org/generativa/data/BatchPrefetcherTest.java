package org.generativa.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.generativa.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class BatchPrefetcherTest {

    @Test
    void theSameSeedGivesTheSameSequenceOfBatches() {
        SyntheticDigits digits = new SyntheticDigits(3);
        try (BatchPrefetcher a = new BatchPrefetcher(digits, 11, 8, ValueRange.UNIT);
                BatchPrefetcher b = new BatchPrefetcher(digits, 11, 8, ValueRange.UNIT)) {
            for (int i = 0; i < 5; i++) {
                Batch x = a.next();
                Batch y = b.next();
                assertArrayEquals(x.values(), y.values());
                assertArrayEquals(x.labels(), y.labels());
            }
        }
    }

    @Test
    void batchesMatchWhatTheDatasetDrawsFromTheSeed() {
        SyntheticDigits digits = new SyntheticDigits(3);
        SplittableRandom random = new SplittableRandom(5);
        try (BatchPrefetcher prefetcher = new BatchPrefetcher(digits, 5, 4, ValueRange.UNIT)) {
            assertArrayEquals(digits.sample(4, random).values(), prefetcher.next().values());
            assertArrayEquals(digits.sample(4, random).values(), prefetcher.next().values());
        }
    }

    @Test
    void symmetricRangeMapsImagesToMinusOneToOneAndLeavesPointsAlone() {
        SyntheticDigits digits = new SyntheticDigits(3);
        try (BatchPrefetcher unit = new BatchPrefetcher(digits, 2, 16, ValueRange.UNIT);
                BatchPrefetcher symmetric = new BatchPrefetcher(digits, 2, 16, ValueRange.SYMMETRIC)) {
            float[] u = unit.next().values();
            float[] s = symmetric.next().values();
            for (int i = 0; i < u.length; i++) {
                assertEquals(u[i] * 2 - 1, s[i], 1e-6f);
            }
        }
        GaussianMixture2D ring = GaussianMixture2D.ring8();
        try (BatchPrefetcher points = new BatchPrefetcher(ring, 2, 16, ValueRange.SYMMETRIC)) {
            assertArrayEquals(ring.sample(16, new SplittableRandom(2)).values(), points.next().values());
        }
    }

    @Test
    void aNewBatchSizeTakesEffect() {
        try (BatchPrefetcher prefetcher = new BatchPrefetcher(GaussianMixture2D.ring8(), 1, 8, ValueRange.UNIT)) {
            assertEquals(8, prefetcher.next().count());
            prefetcher.setBatchSize(3);
            for (int i = 0; i < 10; i++) {
                assertEquals(3, prefetcher.next().count());
            }
        }
    }

    private static Dataset failingWith(RuntimeException exception, Error error) {
        return new Dataset() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public DataKind kind() {
                return DataKind.POINTS;
            }

            @Override
            public int[] itemShape() {
                return new int[] {2};
            }

            @Override
            public List<String> labelNames() {
                return List.of();
            }

            @Override
            public OptionalInt size() {
                return OptionalInt.empty();
            }

            @Override
            public Batch sample(int count, SplittableRandom random) {
                if (error != null) {
                    throw error;
                }
                throw exception;
            }
        };
    }

    @Test
    void aDatasetFailureReachesTheTrainerAsASentence() {
        try (BatchPrefetcher prefetcher = new BatchPrefetcher(failingWith(new IllegalStateException("disk gone"), null), 1, 4,
                ValueRange.UNIT)) {
            assertEquals("Preparing the training batches failed: disk gone",
                    assertThrows(InvalidInputException.class, prefetcher::next).getMessage());
        }
    }

    @Test
    void runningOutOfMemoryInTheDataThreadFailsTheStepInsteadOfHangingIt() {
        // Before, an Error ended the data thread silently and next() waited forever: the timeout only stops a hang.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (BatchPrefetcher prefetcher = new BatchPrefetcher(failingWith(null, new OutOfMemoryError("Java heap space")), 1,
                    4096, ValueRange.UNIT)) {
                assertEquals("Preparing the training batches failed: There is not enough memory for this model at these"
                        + " settings: choose a smaller batch or image size (or a narrower network) and try again.",
                        assertThrows(InvalidInputException.class, prefetcher::next).getMessage());
            }
        });
    }

    @Test
    void assemblyIsTimedAndTheTrainerRarelyWaits() throws Exception {
        try (BatchPrefetcher prefetcher = new BatchPrefetcher(new SyntheticDigits(1), 1, 32, ValueRange.UNIT)) {
            prefetcher.next();
            Thread.sleep(200);
            for (int i = 0; i < 3; i++) {
                prefetcher.next();
            }
            assertTrue(prefetcher.meanAssemblyMillis() > 0);
            assertTrue(prefetcher.meanWaitMillis() < prefetcher.meanAssemblyMillis() * 4,
                    "batches were ready ahead: waited " + prefetcher.meanWaitMillis() + " ms");
        }
    }
}
