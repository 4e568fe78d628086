package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.GaussianMixture2D;
import org.generativa.data.SyntheticDigits;
import org.generativa.nn.RestorableOptimizer;
import org.generativa.nn.Upsampling;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;

/** The smaller knobs the decks name: G steps per D step, uniform z, depth of the fully connected nets, plain SGD. */
class GanKnobsTest extends EngineTest {

    private static GanConfig points() {
        return GanConfig.defaultsFor(DataSpec.of("ring8"), DataKind.POINTS).withBatchSize(32).withLatentSize(4)
                .withHiddenWidth(8).withSeed(5).withThreads(1);
    }

    private static int updatesOf(RestorableOptimizer.State state) {
        return state.numUpdate();
    }

    @Test
    void eachStepTakesTheAskedNumberOfDAndGUpdates() {
        try (GanExperiment gan = new GanExperiment(m, GaussianMixture2D.ring8(), points().withDStepsPerG(2).withGStepsPerD(3))) {
            gan.step(StepKind.BOTH);
            gan.step(StepKind.BOTH);
            assertEquals(6, updatesOf(gan.networks().generatorParameters().snapshot(m).optimizerState()));
            assertEquals(4, updatesOf(gan.networks().discriminatorParameters().snapshot(m).optimizerState()));
            gan.step(StepKind.G_ONLY);
            assertEquals(7, updatesOf(gan.networks().generatorParameters().snapshot(m).optimizerState()),
                    "a single G step from the step buttons is one update");
        }
    }

    @Test
    void uniformNoiseFillsMinusOneToOneAndGaussianHasUnitVariance() {
        try (GanExperiment uniform = new GanExperiment(m, GaussianMixture2D.ring8(), points().withNoise(LatentNoise.UNIFORM));
                GanExperiment normal = new GanExperiment(m, GaussianMixture2D.ring8(), points())) {
            NDArray u = uniform.networks().noise(m, 20_000);
            assertTrue(u.min().getFloat() >= -1f && u.max().getFloat() <= 1f);
            assertEquals(1 / 3.0, u.square().mean().getFloat(), 0.01, "the variance of U(-1, 1)");
            NDArray g = normal.networks().noise(m, 20_000);
            assertEquals(1.0, g.square().mean().getFloat(), 0.02);
            assertTrue(g.abs().max().getFloat() > 2.5f);
        }
    }

    @Test
    void depthSetsTheHiddenLayersOfBothFullyConnectedNetworks() {
        for (int depth : new int[] {1, 2, 4}) {
            try (GanExperiment gan = new GanExperiment(m, GaussianMixture2D.ring8(), points().withDepth(depth))) {
                assertEquals(depth + 1, weights(gan.networks().generator().getParameters().values()));
                assertEquals(depth + 1, weights(gan.networks().discriminator().getParameters().values()));
            }
        }
    }

    private static long weights(java.util.List<Parameter> parameters) {
        return parameters.stream().filter(p -> p.getType() == Parameter.Type.WEIGHT).count();
    }

    @Test
    void sgdKeepsNoStateWhereRmsPropKeepsAMeanSquarePerWeight() {
        GanConfig wgan = GanConfig.defaultsFor(GanModelKind.WGAN, DataSpec.of("ring8"), DataKind.POINTS).withHiddenWidth(8)
                .withBatchSize(32).withThreads(1);
        assertEquals(GanOptimizer.RMSPROP, wgan.optimizer());
        try (GanExperiment rms = new GanExperiment(m, GaussianMixture2D.ring8(), wgan);
                GanExperiment sgd = new GanExperiment(m, GaussianMixture2D.ring8(), wgan.withOptimizer(GanOptimizer.SGD))) {
            rms.step(StepKind.BOTH);
            sgd.step(StepKind.BOTH);
            assertTrue(rms.networks().discriminatorParameters().snapshot(m).optimizerState().slots().size() > 0);
            assertEquals(0, sgd.networks().discriminatorParameters().snapshot(m).optimizerState().slots().size());
        }
    }

    @Test
    void depthAndUpsamplingAreRefusedWhereTheyDoNotApply() {
        SyntheticDigits digits = new SyntheticDigits(0);
        GanConfig dcgan = GanConfig.defaultsFor(GanModelKind.DCGAN, DataSpec.of("digits"), DataKind.IMAGES).withThreads(1);
        InvalidInputException depth = assertThrows(InvalidInputException.class,
                () -> new GanExperiment(m, digits, dcgan.withDepth(3)).close());
        assertTrue(depth.getMessage().contains("--depth") && depth.getMessage().contains("convolutional"), depth.getMessage());
        InvalidInputException upsample = assertThrows(InvalidInputException.class,
                () -> new GanExperiment(m, GaussianMixture2D.ring8(), points().withUpsample(Upsampling.TRANSPOSED)).close());
        assertTrue(upsample.getMessage().contains("--upsample") && upsample.getMessage().contains("gan on ring8"),
                upsample.getMessage());
    }

    @Test
    void configsSavedBeforeTheKnobsReadAsTheRunsTheyWere() {
        GanConfig old = new GanConfig(GanModelKind.WGAN, DataSpec.of("ring8"), GanLoss.WASSERSTEIN, 1e-3, 1e-3, 0.5, 0.999, 64,
                2, 8, 5, 1, 1, 0.01, 10, GanTricks.NONE, 0, 0, null, null, 0, null);
        assertEquals(1, old.gStepsPerD());
        assertEquals(GanConfig.DEFAULT_DEPTH, old.depth());
        assertEquals(LatentNoise.GAUSSIAN, old.noise());
        assertEquals(GanOptimizer.RMSPROP, old.optimizer());
        assertEquals(Upsampling.NEAREST, old.upsample());
    }
}
