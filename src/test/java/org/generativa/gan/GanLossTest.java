package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.generativa.common.InvalidInputException;
import org.generativa.testing.EngineTest;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed values, with softplus(x) = log(1 + e^x):
 * softplus(0) = 0.6931472, softplus(-2) = 0.1269280, softplus(1) = 1.3132617,
 * softplus(-3) = 0.0485873, softplus(-1) = 0.3132617, softplus(3) = 3.0485874.
 */
class GanLossTest extends EngineTest {


    private static final float[] REAL = {0f, 2f, -1f};
    private static final float[] FAKE = {1f, -3f};

    @Test
    void discriminatorLossIsTheSameBinaryCrossEntropyForBothVariants() {
        // mean(softplus(-real)) + mean(softplus(fake))
        //   = (0.6931472 + 0.1269280 + 1.3132617) / 3 + (1.3132617 + 0.0485873) / 2
        //   = 0.7111123 + 0.6809245 = 1.3920368
        for (GanLoss loss : List.of(GanLoss.MINIMAX, GanLoss.NON_SATURATING)) {
            float value = loss.discriminatorLoss(m.create(REAL), m.create(FAKE)).getFloat();
            assertEquals(1.3920368f, value, 2e-6f, loss.name());
        }
        // The same number from probabilities: -mean log D(x) - mean log(1 - D(G(z))).
        double expected = 0;
        for (float l : REAL) {
            expected -= Math.log(sigmoid(l)) / REAL.length;
        }
        for (float l : FAKE) {
            expected -= Math.log(1 - sigmoid(l)) / FAKE.length;
        }
        assertEquals(expected, GanLoss.MINIMAX.discriminatorLoss(m.create(REAL), m.create(FAKE)).getFloat(), 2e-6);
    }

    @Test
    void minimaxGeneratorLossIsMeanLogOfOneMinusDOfFake() {
        // -mean(softplus(fake)) = -(1.3132617 + 0.0485873) / 2 = -0.6809245 = mean log(1 - D(G(z)))
        assertEquals(-0.6809245f, GanLoss.MINIMAX.generatorLoss(m.create(FAKE)).getFloat(), 2e-6f);
    }

    @Test
    void nonSaturatingGeneratorLossIsMinusMeanLogDOfFake() {
        // mean(softplus(-fake)) = (0.3132617 + 3.0485874) / 2 = 1.6809245 = -mean log D(G(z))
        assertEquals(1.6809245f, GanLoss.NON_SATURATING.generatorLoss(m.create(FAKE)).getFloat(), 2e-6f);
    }

    @Test
    void lossesStayFiniteForLogitsWhoseProbabilitiesRoundToZeroOrOne() {
        NDArray extreme = m.create(new float[] {100f, -100f});
        // softplus(-100) + softplus(100) averaged: (0 + 100) / 2 twice.
        assertEquals(100f, GanLoss.NON_SATURATING.discriminatorLoss(extreme, extreme).getFloat(), 1e-3f);
        assertEquals(-50f, GanLoss.MINIMAX.generatorLoss(extreme).getFloat(), 1e-3f);
        assertEquals(50f, GanLoss.NON_SATURATING.generatorLoss(extreme).getFloat(), 1e-3f);
    }

    @Test
    void minimaxSaturatesWhenTheDiscriminatorRejectsFakesAndNonSaturatingDoesNot() {
        // d/dl of -softplus(l) is -sigmoid(l); of softplus(-l) is -sigmoid(-l). At l = -5:
        assertEquals(-sigmoid(-5), generatorGradient(GanLoss.MINIMAX, -5f), 1e-6);
        assertEquals(-sigmoid(5), generatorGradient(GanLoss.NON_SATURATING, -5f), 1e-6);
        assertTrue(Math.abs(generatorGradient(GanLoss.NON_SATURATING, -5f))
                > 100 * Math.abs(generatorGradient(GanLoss.MINIMAX, -5f)));
    }

    private float generatorGradient(GanLoss loss, float logit) {
        NDArray x = m.create(new float[] {logit});
        x.setRequiresGradient(true);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            collector.backward(loss.generatorLoss(x));
        }
        return x.getGradient().getFloat(0);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void leastSquaresHingeAndWassersteinMatchTheirFormulas() {
        // LSGAN: 1/2 mean (l_real - 1)^2 + 1/2 mean l_fake^2 = 1/2 (1 + 1 + 4)/3 + 1/2 (1 + 9)/2 = 3.5
        assertEquals(3.5f, GanLoss.LSGAN.discriminatorLoss(m.create(REAL), m.create(FAKE)).getFloat(), 1e-6f);
        // 1/2 mean (l_fake - 1)^2 = 1/2 (0 + 16)/2 = 4
        assertEquals(4f, GanLoss.LSGAN.generatorLoss(m.create(FAKE)).getFloat(), 1e-6f);
        // hinge: mean relu(1 - l_real) + mean relu(1 + l_fake) = (1 + 0 + 2)/3 + (2 + 0)/2 = 2
        assertEquals(2f, GanLoss.HINGE.discriminatorLoss(m.create(REAL), m.create(FAKE)).getFloat(), 1e-6f);
        assertEquals(1f, GanLoss.HINGE.generatorLoss(m.create(FAKE)).getFloat(), 1e-6f);
        // Wasserstein: mean l_fake - mean l_real = -1 - 1/3
        assertEquals(-4f / 3, GanLoss.WASSERSTEIN.discriminatorLoss(m.create(REAL), m.create(FAKE)).getFloat(), 1e-6f);
        assertEquals(1f, GanLoss.WASSERSTEIN.generatorLoss(m.create(FAKE)).getFloat(), 1e-6f);
    }

    @Test
    void oneSidedLabelSmoothingLowersOnlyTheRealTarget() {
        // outputs real {0, 2}, fake {1, -3}; real target 0.9:
        // [0.9 sp(0) + 0.1 sp(0) + 0.9 sp(-2) + 0.1 sp(2) + sp(1) + sp(-3)] / 2, sp(2) = 2.1269280
        float expected = (0.6931472f + 0.9f * 0.1269280f + 0.1f * 2.1269280f + 1.3132617f + 0.0485873f) / 2;
        NDArray outputs = m.create(new float[] {0f, 2f, 1f, -3f});
        NDArray presentedReal = m.create(new float[] {1f, 1f, 0f, 0f});
        assertEquals(expected, GanLoss.NON_SATURATING.discriminatorLoss(outputs, presentedReal, 0.1f, 2).getFloat(), 2e-6f);
        // least squares towards 0.9: [(0 - 0.9)^2 + (2 - 0.9)^2 + 1 + 9] / (2 * 2)
        assertEquals((0.81f + 1.21f + 1f + 9f) / 4, GanLoss.LSGAN.discriminatorLoss(outputs, presentedReal, 0.1f, 2).getFloat(), 1e-6f);
    }

    @Test
    void aFlippedExampleIsScoredAsTheOtherSide() {
        // the second real example presented as fake: [sp(-0) + sp(2) + sp(1) + sp(-3)] / 2
        NDArray outputs = m.create(new float[] {0f, 2f, 1f, -3f});
        NDArray presentedReal = m.create(new float[] {1f, 0f, 0f, 0f});
        float expected = (0.6931472f + 2.1269280f + 1.3132617f + 0.0485873f) / 2;
        assertEquals(expected, GanLoss.MINIMAX.discriminatorLoss(outputs, presentedReal, 0f, 2).getFloat(), 2e-6f);
        // Wasserstein with the same flip: [-0 + 2 + 1 - 3] / 2 = 0
        assertEquals(0f, GanLoss.WASSERSTEIN.discriminatorLoss(outputs, presentedReal, 0f, 2).getFloat(), 1e-6f);
    }

    @Test
    void cliNamesMapBothWays() throws Exception {
        assertSame(GanLoss.MINIMAX, GanLoss.fromCliName("minimax"));
        assertSame(GanLoss.NON_SATURATING, GanLoss.fromCliName("non-saturating"));
        for (GanLoss loss : GanLoss.values()) {
            assertSame(loss, GanLoss.fromCliName(loss.cliName()));
            ObjectMapper json = new ObjectMapper();
            String text = json.writeValueAsString(loss);
            assertEquals('"' + loss.cliName() + '"', text);
            assertSame(loss, json.readValue(text, GanLoss.class));
        }
    }

    @Test
    void unknownLossNamesAreRefusedWithAMessageNamingTheValue() {
        for (String bad : new String[] {"wgan", "MINIMAX", "non_saturating", ""}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> GanLoss.fromCliName(bad));
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("minimax") && e.getMessage().contains("non-saturating"), e.getMessage());
        }
    }
}
