package org.generativa.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        for (GanLoss loss : GanLoss.values()) {
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
