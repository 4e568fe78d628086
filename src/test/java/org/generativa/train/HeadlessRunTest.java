package org.generativa.train;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.generativa.common.InvalidInputException;
import org.generativa.preview.GridRenderer;
import org.generativa.preview.PointCloud;
import org.generativa.preview.Preview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadlessRunTest {

    @TempDir
    Path dir;

    /** Metric a = step number; b = 1 on odd steps and unmeasured (NaN) on even ones. */
    private static class CountingExperiment implements Experiment<String> {
        long steps;
        final List<StepKind> kinds = new ArrayList<>();

        @Override
        public String config() {
            return "fake";
        }

        @Override
        public List<String> metricNames() {
            return List.of("a", "b");
        }

        @Override
        public long steps() {
            return steps;
        }

        @Override
        public MetricPoint step(StepKind kind) {
            kinds.add(kind);
            steps++;
            return new MetricPoint(steps, new double[] {steps, steps % 2 == 0 ? Double.NaN : 1});
        }

        @Override
        public void applyLive(String config) {}

        @Override
        public Preview preview() {
            return new PointCloud(new float[] {-1, -1, 1, 1}, new float[] {0, 0});
        }

        @Override
        public void saveCheckpoint(Path directory) throws IOException {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("weights"), "w" + steps);
        }

        @Override
        public void loadCheckpoint(Path directory) {
        }

        @Override
        public void close() {}
    }

    @Test
    void trainsTheRequestedStepsAndSummarisesTheLastHundredIgnoringNaN() throws Exception {
        CountingExperiment experiment = new CountingExperiment();
        List<String> progress = new ArrayList<>();
        Path run = dir.resolve("nested").resolve("run");
        HeadlessRun.Summary summary = HeadlessRun.run(experiment, 250, run, progress::add);

        assertEquals(250, summary.steps());
        assertEquals(250, experiment.kinds.size());
        assertTrue(experiment.kinds.stream().allMatch(k -> k == StepKind.BOTH));
        assertEquals(List.of("a", "b"), List.copyOf(summary.finalMetrics().keySet()));
        assertEquals(200.5, summary.finalMetrics().get("a"), 1e-9, "mean of steps 151..250");
        assertEquals(1.0, summary.finalMetrics().get("b"), 0, "NaN steps are left out of the mean");
        assertTrue(summary.seconds() >= 0);

        assertEquals(10, progress.size());
        assertTrue(progress.get(0).startsWith("step 25/250"), progress.get(0));
        assertTrue(progress.get(9).startsWith("step 250/250"), progress.get(9));

        List<String> csv = Files.readAllLines(run.resolve("metrics.csv"));
        assertEquals(251, csv.size());
        assertEquals("step,a,b", csv.get(0));
        assertEquals("2,2.00000,", csv.get(2));
        assertEquals("250,250.000,", csv.get(250));

        BufferedImage png = ImageIO.read(run.resolve("samples.png").toFile());
        assertTrue(png.getWidth() > 100 && png.getHeight() > 100);
        assertEquals("w250", Files.readString(run.resolve("checkpoint").resolve("weights")));
    }

    @Test
    void aRunWhoseLossStopsBeingANumberStopsThereKeepsItsMetricsAndWritesNoCheckpoint() {
        Experiment<String> experiment = new CountingExperiment() {
            @Override
            public List<String> metricNames() {
                return List.of("loss", "kl");
            }

            @Override
            public MetricPoint step(StepKind kind) {
                steps++;
                return new MetricPoint(steps, steps < 7 ? new double[] {1, 0.5} : new double[] {Double.NaN, Double.POSITIVE_INFINITY});
            }
        };
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HeadlessRun.run(experiment, 100, dir, line -> {}));
        assertTrue(e.getMessage().startsWith("Training stopped at step 7: KL became +∞"), e.getMessage());
        assertEquals(7, experiment.steps(), "no step after");
        assertTrue(Files.notExists(dir.resolve("checkpoint")), "no checkpoint of a diverged model");
        assertTrue(Files.notExists(dir.resolve("samples.png")));
        assertEquals(8, assertDoesNotThrow(() -> Files.readAllLines(dir.resolve("metrics.csv"))).size(),
                "the header and the seven steps measured");
    }

    @Test
    void weightsThatStopBeingNumbersWhileTheLossesStillAreStopTheRunAtTheNextWeightCheck() {
        CountingExperiment experiment = new CountingExperiment() {
            @Override
            public boolean weightsFinite() {
                return steps < 250;
            }
        };
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HeadlessRun.run(experiment, 1000, dir, line -> {}));
        assertEquals("Training stopped at step 400: some weights are no longer numbers (NaN or infinite) though the losses"
                + " still were, so the model has diverged and nothing was saved from it but the metrics so far. The usual"
                + " cause is a learning rate too high for this model: lower it (ten times, say) and train again.",
                e.getMessage(), "the weights are checked every " + GoodStates.EVERY + " steps");
        assertTrue(Files.notExists(dir.resolve("checkpoint")));
    }

    @Test
    void shortRunsAverageOverAllTheirSteps() throws Exception {
        CountingExperiment experiment = new CountingExperiment();
        List<String> progress = new ArrayList<>();
        HeadlessRun.Summary summary = HeadlessRun.run(experiment, 30, dir, progress::add);
        assertEquals(15.5, summary.finalMetrics().get("a"), 1e-9);
        assertEquals(10, progress.size(), "a progress line every 3 steps");
    }

    @Test
    void imageGridsAreWrittenPixelForPixelAtTripleSize() throws Exception {
        Experiment<String> experiment = new CountingExperiment() {
            @Override
            public Preview preview() {
                return GridRenderer.render(new float[] {0f, 1f}, 1, 1, 1, 2, 1, 0f, 1f);
            }
        };
        HeadlessRun.run(experiment, 1, dir, line -> {});
        BufferedImage png = ImageIO.read(dir.resolve("samples.png").toFile());
        assertEquals(3 * (2 + 4), png.getWidth());
        assertEquals(3 * (1 + 4), png.getHeight());
        assertEquals(0x282828, png.getRGB(0, 0) & 0xFFFFFF, "gutter");
        assertEquals(0x000000, png.getRGB(3 * 2, 3 * 2) & 0xFFFFFF, "value 0");
        assertEquals(0xFFFFFF, png.getRGB(3 * 3 + 2, 3 * 2 + 2) & 0xFFFFFF, "value 1");
    }
}
