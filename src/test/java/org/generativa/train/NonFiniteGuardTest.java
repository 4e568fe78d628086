package org.generativa.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NonFiniteGuardTest {

    private static final double NAN = Double.NaN;

    @Test
    void aTermNeverMeasuredIsNoProblemButALossThatWasANumberAndBecomesNaNIs() {
        NonFiniteGuard guard = new NonFiniteGuard(List.of("loss_d", "loss_g", "w_estimate", "psnr_in"));
        assertTrue(guard.check(new MetricPoint(1, new double[] {NAN, 0.7, NAN, NAN})).isEmpty(), "D not trained yet");
        assertTrue(guard.check(new MetricPoint(2, new double[] {1.3, 0.7, NAN, NAN})).isEmpty());
        assertTrue(guard.check(new MetricPoint(3, new double[] {1.3, 0.7, NAN, Double.POSITIVE_INFINITY})).isEmpty(),
                "not a loss");
        NonFiniteGuard.Divergence d = guard.check(new MetricPoint(4, new double[] {NAN, 0.7, NAN, NAN})).orElseThrow();
        assertEquals(4, d.step());
        assertEquals("loss_d", d.term());
    }

    @Test
    void anInfiniteTermIsNamedBeforeTheNaNItCausesAndTheSentenceSaysWhatToDo() {
        NonFiniteGuard guard = new NonFiniteGuard(List.of("loss", "recon", "kl"));
        assertTrue(guard.check(new MetricPoint(1, new double[] {646, 645, 0.96})).isEmpty());
        assertTrue(guard.check(new MetricPoint(2, new double[] {2e13, 305, 2e13})).isEmpty(), "huge is still a number");
        NonFiniteGuard.Divergence d = guard.check(new MetricPoint(1234, new double[] {NAN, NAN, Double.POSITIVE_INFINITY}))
                .orElseThrow();
        assertEquals("kl", d.term());
        String sentence = d.refusal().getMessage();
        assertTrue(sentence.startsWith("Training stopped at step 1,234: KL became +∞"), sentence);
        assertTrue(sentence.contains("learning rate"), sentence);
        assertTrue(d.refusal().in(Locale.forLanguageTag("es")).startsWith("El entrenamiento se detuvo en el paso 1.234: KL"),
                d.refusal().in(Locale.forLanguageTag("es")));
    }
}
