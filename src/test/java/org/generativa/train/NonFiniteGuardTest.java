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
        NonFiniteGuard guard = new NonFiniteGuard(List.of("loss_d", "loss_g", "w_estimate", "psnr_in"), List::of);
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
        NonFiniteGuard guard = new NonFiniteGuard(List.of("loss", "recon", "kl"), () -> List.of(3e-3));
        assertTrue(guard.check(new MetricPoint(1, new double[] {646, 645, 0.96})).isEmpty());
        assertTrue(guard.check(new MetricPoint(2, new double[] {2e13, 305, 2e13})).isEmpty(), "huge is still a number");
        NonFiniteGuard.Divergence d = guard.check(new MetricPoint(1234, new double[] {NAN, NAN, Double.POSITIVE_INFINITY}))
                .orElseThrow();
        assertEquals("kl", d.term());
        String sentence = d.refusal().getMessage();
        assertTrue(sentence.startsWith("Training stopped at step 1,234: KL became +∞"), sentence);
        assertTrue(sentence.endsWith("learning rate too high for this model and loss: lower it from 0.003 to 0.0003, say, and"
                + " train again."), sentence);
        assertTrue(d.refusal().in(Locale.forLanguageTag("es")).startsWith("El entrenamiento se detuvo en el paso 1.234: KL"),
                d.refusal().in(Locale.forLanguageTag("es")));
    }

    @Test
    void theAdviceNamesTheRatesTheRunHadWhenItDivergedInTheLanguagesDigits() {
        double[] rates = {1e-3, 5e-4};
        NonFiniteGuard guard = new NonFiniteGuard(List.of("loss_d", "loss_g"), () -> List.of(rates[0], rates[1]));
        assertTrue(guard.check(new MetricPoint(1, new double[] {1.3, 0.7})).isEmpty());
        rates[1] = 2.5e-3;
        NonFiniteGuard.Divergence d = guard.check(new MetricPoint(2, new double[] {1.3, NAN})).orElseThrow();
        assertEquals(List.of(1e-3, 2.5e-3), d.rates(), "the rates as they are when it diverges, not when the run began");
        assertTrue(d.restoredTo(1).in(Locale.ENGLISH).endsWith("lower G's from 0.001 to 0.0001 and D's from 0.0025 to"
                + " 0.00025, say, and press Play again."), d.restoredTo(1).in(Locale.ENGLISH));
        String spanish = d.refusal().in(Locale.forLanguageTag("es"));
        assertTrue(spanish.endsWith("reduzca la de G de 0,001 a 0,0001 y la de D de 0,0025 a 0,00025, por ejemplo, y vuelva a"
                + " entrenar."), spanish);
        String greek = guard.weightsDiverged(3).restoredTo(2).in(Locale.forLanguageTag("el"));
        assertTrue(greek.contains("μειώστε τον ρυθμό του G από 0,001 σε 0,0001 και του D από 0,0025 σε 0,00025"), greek);
    }

    @Test
    void withoutRatesTheAdviceIsATenth() {
        NonFiniteGuard guard = new NonFiniteGuard(List.of("loss"), List::of);
        assertTrue(guard.weightsDiverged(400).refusal().getMessage().endsWith(
                "too high for this model: lower it (ten times, say) and train again."));
    }
}
