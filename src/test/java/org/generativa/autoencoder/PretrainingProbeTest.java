package org.generativa.autoencoder;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Moons2D;
import org.generativa.data.SyntheticDigits;
import org.generativa.testing.EngineTest;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;

/** The probe: classifiers on few labels, from a frozen, a fine-tuned and a fresh encoder, scored on held-out digits. */
class PretrainingProbeTest extends EngineTest {

    private static final SyntheticDigits DIGITS = new SyntheticDigits(0);

    @Test
    void everyStartLearnsFarAboveChanceFromAHundredLabels() {
        AeConfig config = AeConfig.defaultsFor(AeVariant.AE, DataSpec.of("digits"), DataKind.IMAGES).withThreads(1);
        try (AeExperiment ae = new AeExperiment(m, DIGITS, config)) {
            for (int i = 0; i < 300; i++) {
                ae.step(StepKind.BOTH);
            }
            PretrainingProbe probe = new PretrainingProbe(ae);
            PretrainingProbe.Result r = probe.run(m, 100, 200, 1);
            assertTrue(r.frozen() > 0.3 && r.fineTuned() > 0.5 && r.scratch() > 0.5, r.toString());
            assertTrue(r.frozen() <= 1 && r.fineTuned() <= 1 && r.scratch() <= 1, r.toString());
            InvalidInputException few = assertThrows(InvalidInputException.class, () -> probe.run(m, 5, 10, 1));
            assertTrue(few.getMessage().contains("5 labels") && few.getMessage().contains("(10)"), few.getMessage());
        }
    }

    @Test
    void pointsHaveNoLabelsToProbe() {
        AeConfig config = AeConfig.defaultsFor(AeVariant.AE, DataSpec.of("moons"), DataKind.POINTS).withThreads(1);
        try (AeExperiment ae = new AeExperiment(m, new Moons2D(), config)) {
            InvalidInputException refusal = assertThrows(InvalidInputException.class, () -> new PretrainingProbe(ae));
            assertTrue(refusal.getMessage().contains("labelled images"), refusal.getMessage());
        }
    }
}
