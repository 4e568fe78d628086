package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassCoverageTest {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private static ClassCoverage of(double recognisable, double... fractions) {
        return new ClassCoverage(DIGITS, fractions, recognisable, 0, 0, Double.NaN, 500);
    }

    @Test
    void aClassUnderAThirdOfItsFairShareIsMissing() {
        // fair share 0.1; 0.029 is under 0.03, 0.031 is not
        ClassCoverage coverage = of(0.8, 0.14, 0.11, 0.029, 0.11, 0.0, 0.11, 0.031, 0.16, 0.16, 0.15);
        assertEquals(List.of("2", "4"), coverage.missingClasses());
    }

    @Test
    void sharesAreTakenOfTheRecognisedSamplesWhateverTheirSum() {
        ClassCoverage halved = of(0.8, 0.07, 0.055, 0.0145, 0.055, 0.0, 0.055, 0.0155, 0.08, 0.08, 0.075);
        assertEquals(List.of("2", "4"), halved.missingClasses());
    }

    @Test
    void tooFewRecognisedSamplesFlagNothing() {
        // 0.09 of 500 samples is 45 recognised, under 50
        assertEquals(List.of(), of(0.09, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0).missingClasses());
        assertEquals(9, of(0.1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0).missingClasses().size());
    }

    @Test
    void anEvenSpreadMissesNone() {
        assertEquals(List.of(), of(0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1).missingClasses());
    }
}
