package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.GaussianMixture2D;
import org.generativa.data.SyntheticDigits;
import org.generativa.metrics.ClassCoverage;
import org.generativa.metrics.ClassifierCache;
import org.generativa.metrics.ClassifierOptions;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleQualityMonitorTest extends EngineTest {

    @TempDir
    Path dir;

    private GanConfig small(GanModelKind model) {
        return GanConfig.defaultsFor(model, DataSpec.of("digits"), DataKind.IMAGES).withHiddenWidth(8).withBatchSize(16)
                .withThreads(1);
    }

    @Test
    void reportsCoverageOnceAClassifierIsAttachedAndLoadsItFromTheCacheNextTime() {
        SyntheticDigits digits = new SyntheticDigits(0);
        ClassifierOptions options = ClassifierOptions.DEFAULT.withSteps(150).withThreads(1);
        try (SampleQualityMonitor monitor = new SampleQualityMonitor(new ClassifierCache(dir), options);
                GanExperiment experiment = new GanExperiment(m, digits, small(GanModelKind.CGAN))) {
            assertNull(experiment.report(), "no report before a classifier is attached");
            double[] progress = {0};
            monitor.prepare(experiment, p -> progress[0] = p);
            assertEquals(1.0, progress[0], 1e-9);
            experiment.step(StepKind.BOTH);
            ClassCoverage coverage = (ClassCoverage) experiment.report();
            assertEquals(10, coverage.classes().size());
            assertEquals(SampleQualityMonitor.SAMPLES, coverage.samples());
            assertTrue(coverage.recognisable() >= 0 && coverage.recognisable() <= 1);
            double sum = Arrays.stream(coverage.classFractions()).sum();
            assertTrue(sum == 0 || Math.abs(sum - 1) < 1e-9, "fractions sum to 1 when anything is recognised: " + sum);
            assertFalse(Double.isNaN(coverage.condAccuracy()), "a conditional model is scored on the class it was asked for");
            assertTrue(coverage.frechetDistance() > 0);
        }
        try (SampleQualityMonitor again = new SampleQualityMonitor(new ClassifierCache(dir), options);
                GanExperiment experiment = new GanExperiment(m, digits, small(GanModelKind.DCGAN))) {
            assertTrue(again.attachIfCached(experiment), "trained once, then loaded from the cache");
            assertTrue(Double.isNaN(((ClassCoverage) experiment.report()).condAccuracy()), "no class asked of an unconditional model");
        }
    }

    @Test
    void unlabelledOrPointDataIsRefusedWithAReason() {
        try (SampleQualityMonitor monitor = new SampleQualityMonitor(new ClassifierCache(dir));
                GanExperiment experiment = new GanExperiment(m, GaussianMixture2D.ring8(),
                        GanConfig.defaultsFor("ring8", DataKind.POINTS).withThreads(1))) {
            assertFalse(monitor.attachIfCached(experiment));
            String message = assertThrows(InvalidInputException.class, () -> monitor.prepare(experiment, p -> { })).getMessage();
            assertTrue(message.contains("ring8"), message);
        }
    }
}
