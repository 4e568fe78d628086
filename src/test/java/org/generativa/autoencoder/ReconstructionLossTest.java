package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed values, with softplus(x) = log(1 + e^x): softplus(0) = 0.6931472, softplus(2) = 2.1269280,
 * softplus(-1) = 0.3132617, softplus(3) = 3.0485874; log(2 pi) = 1.8378771, log 4 = 1.3862944.
 */
class ReconstructionLossTest extends EngineTest {

    private NDArray rows(float... values) {
        return m.create(values, new Shape(2, values.length / 2));
    }

    @Test
    void meanSquaredErrorAveragesEveryValueAndSquaredErrorSumsPerExample() {
        NDArray x = rows(0f, 0.5f, 1f, 0.25f);
        NDArray y = rows(0.5f, 0.5f, 0f, 0.75f);
        // squares 0.25, 0, 1, 0.25
        assertEquals(0.375f, ReconstructionLoss.meanSquaredError(x, y).getFloat(), 1e-7f);
        // per example 0.25 and 1.25
        assertEquals(0.75f, ReconstructionLoss.squaredError(x, y).getFloat(), 1e-7f);
    }

    @Test
    void bernoulliNllOnLogitsIsSummedPerExampleInNats() {
        NDArray x = rows(1f, 0f, 0.5f, 1f);
        NDArray logits = rows(0f, 2f, -1f, 3f);
        // softplus(l) - x l: 0.6931472, 2.1269280 | 0.3132617 + 0.5, 3.0485874 - 3 -> rows 2.8200752 and 0.8618491
        assertEquals(1.8409622f, ReconstructionLoss.bernoulliNll(x, logits).getFloat(), 2e-6f);
        double fromProbabilities = 0;
        float[] xs = {1f, 0f, 0.5f, 1f};
        float[] ls = {0f, 2f, -1f, 3f};
        for (int i = 0; i < 4; i++) {
            double p = 1 / (1 + Math.exp(-ls[i]));
            fromProbabilities -= (xs[i] * Math.log(p) + (1 - xs[i]) * Math.log(1 - p)) / 2;
        }
        assertEquals(fromProbabilities, ReconstructionLoss.bernoulliNll(x, logits).getFloat(), 2e-6);
    }

    @Test
    void bernoulliNllStaysFiniteForSaturatedLogits() {
        NDArray x = rows(1f, 0f);
        NDArray logits = rows(100f, -100f);
        assertEquals(0f, ReconstructionLoss.bernoulliNll(x, logits).getFloat(), 1e-6f);
        assertEquals(100f, ReconstructionLoss.bernoulliNll(rows(0f, 1f), logits).getFloat(), 1e-3f);
    }

    @Test
    void gaussianNllMatchesTheLogDensity() {
        NDArray x = m.create(new float[] {1f, 2f}, new Shape(1, 2));
        NDArray mean = m.create(new float[] {0f, 2f}, new Shape(1, 2));
        NDArray logVariance = m.create((float) Math.log(4));
        // 1/2 (1.8378771 + 1.3862944 + 1/4) + 1/2 (1.8378771 + 1.3862944) = 1.7370858 + 1.6120858
        float nll = ReconstructionLoss.gaussianNll(x, mean, logVariance).getFloat();
        assertEquals(3.3491715f, nll, 2e-6f);
        double sigma = 2;
        double logDensity = 0;
        for (double error : new double[] {1, 0}) {
            logDensity += -Math.log(sigma * Math.sqrt(2 * Math.PI)) - error * error / (2 * sigma * sigma);
        }
        assertEquals(-logDensity, nll, 2e-6);
    }

    @Test
    void correntropyLossIsOneMinusTheMeanGaussianKernel() {
        NDArray x = m.create(new float[] {0f, 1f});
        NDArray y = m.create(new float[] {0f, 0.5f});
        // kernels exp(0) = 1 and exp(-0.25 / (2 * 0.25)) = exp(-0.5) = 0.6065307
        assertEquals(0.1967347f, ReconstructionLoss.correntropyLoss(x, y, 0.5).getFloat(), 1e-6f);
    }

    /** An outlier's pull on the reconstruction vanishes under correntropy but grows under squared error. */
    @Test
    void correntropyGradientSaturatesForLargeErrorsWhereSquaredErrorGrows() {
        float small = correntropySlope(0.1f);
        float large = correntropySlope(3f);
        assertTrue(Math.abs(large) < 1e-3 * Math.abs(small), "slopes " + small + " and " + large);
    }

    private float correntropySlope(float error) {
        NDArray y = m.create(new float[] {error});
        y.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(ReconstructionLoss.correntropyLoss(m.create(new float[] {0f}), y, 0.5));
        }
        return y.getGradient().getFloat();
    }

    @Test
    void plainImageAutoencodersScoreCrossEntropyOrTheDecksSquaredErrorOnSigmoidOutputs() {
        NDArray x = rows(1f, 0f, 0.5f, 1f);
        NDArray logits = rows(0f, 2f, -1f, 3f);
        AeConfig ae = AeConfig.defaultsFor(AeVariant.AE, org.generativa.data.DataSpec.of("digits"),
                org.generativa.data.DataKind.IMAGES);
        assertEquals(1.8409622f, Reconstruction.of(ae, true).loss(x, logits).getFloat(), 2e-6f, "Bernoulli by default");
        // sigmoid: 0.5, 0.8807971 | 0.2689414, 0.9525741; squares 0.25, 0.7758035 | 0.0533881, 0.0022492
        float squared = Reconstruction.of(ae.withLikelihood(Likelihood.GAUSSIAN), true).loss(x, logits).getFloat();
        assertEquals((0.25f + 0.7758035f + 0.0533881f + 0.0022492f) / 2, squared, 2e-6f);
    }
}
