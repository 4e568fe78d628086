package org.generativa.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.gan.GanConfig;
import org.junit.jupiter.api.Test;

class HyperparameterTest {

    private static Hyperparameter<GanConfig> parameter(String key) {
        return GanConfig.HYPERPARAMETERS.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
    }

    private static final GanConfig POINTS = GanConfig.defaultsFor("ring8", DataKind.POINTS);

    @Test
    void valuesInRangeParseToTheirNumber() {
        Hyperparameter<GanConfig> lr = parameter("lr-g");
        assertEquals(Hyperparameter.Kind.REAL, lr.kind());
        assertEquals(0.5, lr.parse("0.5").doubleValue(), 0);
        assertEquals(1e-3, lr.parse(" 1e-3 ").doubleValue(), 0, "surrounding blanks are ignored");
        assertEquals(1.0, lr.parse("1").doubleValue(), 0, "the maximum is inclusive");
        assertEquals(Optional.empty(), lr.check("0.0002"));

        Hyperparameter<GanConfig> batch = parameter("batch");
        assertEquals(Hyperparameter.Kind.INTEGER, batch.kind());
        assertEquals(64L, batch.parse("64").longValue());
        assertEquals(2L, batch.parse("2").longValue(), "an integer minimum is inclusive");
        assertEquals(4096L, batch.parse("4096").longValue());
    }

    @Test
    void outOfRangeIsRefusedWithAMessageNamingTheKeyAndValue() {
        Hyperparameter<GanConfig> lr = parameter("lr-g");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> lr.parse("1.5"));
        assertEquals("lr-g must be greater than 0 and at most 1, not 1.5.", e.getMessage());
        Hyperparameter.Refusal refusal = lr.check("1.5").orElseThrow();
        assertTrue(refusal.outOfRange());
        assertEquals("1.5", refusal.text());

        Hyperparameter<GanConfig> batch = parameter("batch");
        InvalidInputException big = assertThrows(InvalidInputException.class, () -> batch.parse("5000"));
        assertEquals("batch must be at least 2 and at most 4096, not 5000.", big.getMessage());
        InvalidInputException negative = assertThrows(InvalidInputException.class, () -> batch.parse("-3"));
        assertTrue(negative.getMessage().startsWith("batch ") && negative.getMessage().contains("-3"), negative.getMessage());
    }

    @Test
    void exclusiveMinimumRefusesTheBoundItselfButAcceptsAnythingAbove() {
        Hyperparameter<GanConfig> lr = parameter("lr-d");
        Hyperparameter.Refusal refusal = lr.check("0").orElseThrow();
        assertTrue(refusal.outOfRange());
        assertFalse(refusal.lowInclusive());
        assertEquals("lr-d must be greater than 0 and at most 1, not 0.", lr.describe(refusal));
        assertTrue(lr.check("-0.001").isPresent());
        assertEquals(1e-9, lr.parse("1e-9").doubleValue(), 0);

        // beta1 has an inclusive minimum of 0 and a maximum below 1.
        Hyperparameter<GanConfig> beta1 = parameter("beta1");
        assertEquals(0.0, beta1.parse("0").doubleValue(), 0);
        assertTrue(beta1.check("1").isPresent());
        assertTrue(beta1.describe(beta1.check("1").orElseThrow()).contains("at least 0 and at most 0.999"));
    }

    @Test
    void nonNumbersAreRefusedAsNotNumbersNotAsOutOfRange() {
        Hyperparameter<GanConfig> lr = parameter("lr-g");
        for (String text : List.of("abc", "", "1e", "0.1.2", "NaN", "Infinity", "1,5")) {
            Hyperparameter.Refusal refusal = lr.check(text).orElseThrow(() -> new AssertionError("accepted '" + text + "'"));
            assertFalse(refusal.outOfRange(), text);
        }
        assertEquals("lr-g must be a number, not 'abc'.",
                assertThrows(InvalidInputException.class, () -> lr.parse("abc")).getMessage());
        assertTrue(lr.check(null).isPresent());

        Hyperparameter<GanConfig> batch = parameter("batch");
        assertEquals("batch must be a whole number, not '3.5'.",
                assertThrows(InvalidInputException.class, () -> batch.parse("3.5")).getMessage());
        assertEquals("batch must be a whole number, not 'abc'.",
                assertThrows(InvalidInputException.class, () -> batch.parse(" abc ")).getMessage());
    }

    @Test
    void withAndGetChangeOnlyTheirOwnField() {
        Hyperparameter<GanConfig> lrD = parameter("lr-d");
        GanConfig changed = lrD.with(POINTS, 0.0123);
        assertEquals(0.0123, lrD.get(changed).doubleValue(), 0);
        assertEquals(POINTS.withLrD(0.0123), changed);
        assertEquals(POINTS.lrG(), changed.lrG(), 0);

        Hyperparameter<GanConfig> hidden = parameter("hidden");
        GanConfig wider = hidden.with(POINTS, 77L);
        assertEquals(77, wider.hiddenWidth());
        assertEquals(POINTS.withHiddenWidth(77), wider);
    }

    @Test
    void everyParameterAcceptsItsOwnDefaultAndFormattedValuesParseBack() {
        Set<String> keys = new HashSet<>();
        for (GanConfig config : List.of(POINTS, GanConfig.defaultsFor("digits", DataKind.IMAGES))) {
            for (Hyperparameter<GanConfig> h : GanConfig.HYPERPARAMETERS) {
                keys.add(h.key());
                String text = h.format(config);
                assertEquals(Optional.empty(), h.check(text), h.key() + " default '" + text + "'");
                assertEquals(h.get(config).doubleValue(), h.parse(text).doubleValue(), 0, h.key());
                assertEquals(config, h.with(config, h.parse(text)), "round trip of " + h.key());
            }
        }
        assertEquals(GanConfig.HYPERPARAMETERS.size(), keys.size(), "keys are unique");
        Hyperparameter<GanConfig> lr = parameter("lr-g");
        for (double v : new double[] {2e-4, 1e-3, 0.5, 1.0, 3.3e-5}) {
            assertEquals(v, lr.parse(lr.format(v)).doubleValue(), v * 1e-3, "format " + lr.format(v));
        }
        assertEquals("64", parameter("batch").format(64));
    }

    @Test
    void liveAndResetSettingsAreMarked() {
        assertEquals(Setting.Applies.LIVE, parameter("lr-g").applies());
        assertEquals(Setting.Applies.ON_RESET, parameter("latent").applies());
        assertEquals(Setting.Applies.ON_RESET, parameter("hidden").applies());
        assertEquals(Setting.Applies.ON_RESET, parameter("seed").applies());
    }
}
