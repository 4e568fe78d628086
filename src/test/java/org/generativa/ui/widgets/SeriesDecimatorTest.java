package org.generativa.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeriesDecimatorTest {

    @Test
    void belowTheCapEveryPointIsShownIncrementally() {
        SeriesDecimator d = new SeriesDecimator(10);
        d.add(1, 0.5);
        d.add(2, 0.7);
        SeriesDecimator.Update first = d.flush();
        assertFalse(first.replace());
        assertArrayEquals(new long[] {1, 2}, first.steps());
        assertArrayEquals(new double[] {0.5, 0.7}, first.values(), 1e-6);
        d.add(3, 0.1);
        SeriesDecimator.Update second = d.flush();
        assertArrayEquals(new long[] {3}, second.steps());
        assertTrue(d.flush().isEmpty());
    }

    @Test
    void nanValuesAreSkipped() {
        SeriesDecimator d = new SeriesDecimator(10);
        d.add(1, Double.NaN);
        d.add(2, 1.0);
        assertArrayEquals(new long[] {2}, d.flush().steps());
    }

    @Test
    void exceedingTheCapRebuildsWithMinAndMaxPerBucketInStepOrder() {
        SeriesDecimator d = new SeriesDecimator(8);
        double[] values = {5, 1, 2, 9, 3, 3, 0, 4, 7, 6};
        for (int i = 0; i < values.length; i++) {
            d.add(i, values[i]);
        }
        SeriesDecimator.Update update = d.flush();
        assertTrue(update.replace());
        // 10 points at 2 per bucket would still be 10 > 8, so buckets of 4: {5,1,2,9} {3,3,0,4}, the rest waits
        assertEquals(4, d.bucketSize());
        assertArrayEquals(new long[] {1, 3, 6, 7}, update.steps());
        assertArrayEquals(new double[] {1, 9, 0, 4}, update.values(), 1e-6);
    }

    @Test
    void staysUnderTheCapOverAHundredThousandSteps() {
        SeriesDecimator d = new SeriesDecimator(2000);
        int shown = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int step = 1; step <= 100_000; step++) {
            double value = step == 54_321 ? 1000 : Math.sin(step / 100.0);
            d.add(step, value);
            if (step % 37 == 0) {
                SeriesDecimator.Update u = d.flush();
                shown = u.replace() ? u.steps().length : shown + u.steps().length;
                for (double v : u.values()) {
                    max = Math.max(max, v);
                }
                assertTrue(shown <= 2000, "shown " + shown + " at step " + step);
                assertEquals(shown, d.displayedPoints());
            }
        }
        assertTrue(shown > 1000, "the display should use most of its budget, shows " + shown);
        assertEquals(1000, max, 1e-6, "a one-step spike must survive decimation");
    }
}
