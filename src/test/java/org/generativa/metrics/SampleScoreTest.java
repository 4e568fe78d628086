package org.generativa.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SampleScoreTest {

    @Test
    void klToUniformIsZeroForAnEvenHistogramAndLogKForOneClass() {
        assertEquals(0, SampleScore.klToUniform(new int[] {7, 7, 7, 7}), 1e-12);
        assertEquals(Math.log(10), SampleScore.klToUniform(new int[] {0, 0, 5, 0, 0, 0, 0, 0, 0, 0}), 1e-12);
    }

    @Test
    void klToUniformMatchesTheFormulaForAnUnevenHistogram() {
        // p = (1/2, 1/4, 1/4, 0): sum p log(p K) = 1/2 log 2 + 2 * 1/4 log 1
        assertEquals(0.5 * Math.log(2), SampleScore.klToUniform(new int[] {2, 1, 1, 0}), 1e-12);
    }

    @Test
    void emptyHistogramHasNoDivergence() {
        assertTrue(Double.isNaN(SampleScore.klToUniform(new int[] {0, 0, 0})));
        SampleScore none = new SampleScore(10, 0, new int[3], Double.NaN, Double.NaN, Double.NaN);
        assertEquals(0, none.recognisableFraction());
        assertArrayEquals(new double[3], none.classFractions());
    }

    @Test
    void fractionsCountRecognisableSamplesOnly() {
        SampleScore score = new SampleScore(10, 4, new int[] {3, 1}, SampleScore.klToUniform(new int[] {3, 1}),
                Double.NaN, Double.NaN);
        assertEquals(0.4, score.recognisableFraction(), 1e-12);
        assertArrayEquals(new double[] {0.75, 0.25}, score.classFractions(), 1e-12);
    }
}
