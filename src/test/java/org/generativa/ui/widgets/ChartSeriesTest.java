package org.generativa.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChartSeriesTest {

    @Test
    void theSmoothedLineIsTheExponentialMovingAverageOfTheRawValues() {
        ChartSeries series = new ChartSeries("loss", "");
        double[] values = {4, 2, 8, 0, 1};
        for (int i = 0; i < values.length; i++) {
            series.add(i * 10L, values[i], 0.5);
        }
        series.flush();
        double expected = 4;
        for (int i = 0; i < values.length; i++) {
            expected = i == 0 ? values[0] : 0.5 * expected + 0.5 * values[i];
            assertEquals(expected, series.at(i * 10L)[2], 1e-12, "average at step " + i * 10);
            assertEquals(values[i], series.at(i * 10L)[1], 0);
        }
        assertArrayEquals(new double[] {40, 1.875}, series.smoothedShown()[4], 1e-12);
    }

    @Test
    void smoothingAgainGivesWhatAddingWithThatWeightWouldHave() {
        SplittableRandom random = new SplittableRandom(3);
        ChartSeries first = new ChartSeries("a", "");
        ChartSeries second = new ChartSeries("b", "");
        for (int i = 0; i < 500; i++) {
            double v = random.nextDouble();
            first.add(i, v, 0.9);
            second.add(i, v, 0.3);
        }
        first.flush();
        second.flush();
        first.smooth(0.3);
        assertEquals(second.at(499)[2], first.at(499)[2], 1e-12);
        assertArrayEquals(second.smoothedShown()[second.smoothedShown().length - 1],
                first.smoothedShown()[first.smoothedShown().length - 1], 1e-12);
    }

    @Test
    void aStepWithoutTheMetricIsSkippedAndNoSmoothingFollowsTheRawValues() {
        ChartSeries series = new ChartSeries("fid", "");
        series.add(0, 5, 0);
        series.add(1, Double.NaN, 0);
        series.add(2, 3, 0);
        series.flush();
        assertEquals(2, series.rawShown());
        assertEquals(3, series.at(2)[2], 0);
        assertArrayEquals(new double[] {3, 5}, series.range(false), 0);
    }

    @Test
    void whatIsDrawnStaysBelowTheCapHoweverLongTheRun() {
        ChartSeries series = new ChartSeries("loss", "");
        for (int step = 0; step < 100_000; step++) {
            series.add(step, Math.sin(step / 100.0), 0.9);
            if (step % 97 == 0) {
                series.flush();
            }
        }
        series.flush();
        assertTrue(series.rawShown() <= ChartSeries.CAP, "raw points drawn: " + series.rawShown());
        assertTrue(series.smoothedShown().length <= ChartSeries.CAP);
        assertTrue(series.rawShown() >= ChartSeries.CAP / 2, "the line keeps enough points to draw a curve");
        assertEquals(100_000, series.raw().steps().length, "every raw value stays for the export");
        assertEquals(99_999, series.lastStep());
    }

    @Test
    void theReadOutFindsTheNearestStep() {
        ChartSeries series = new ChartSeries("loss", "");
        assertNull(series.at(5));
        series.add(10, 1, 0);
        series.add(20, 2, 0);
        series.add(40, 4, 0);
        assertEquals(10, series.at(0)[0], 0);
        assertEquals(10, series.at(14)[0], 0);
        assertEquals(20, series.at(16)[0], 0);
        assertEquals(40, series.at(31)[0], 0);
        assertEquals(40, series.at(1000)[0], 0);
    }

    @Test
    void aLogScaleRangeLeavesOutValuesThatAreNotPositive() {
        ChartSeries series = new ChartSeries("kl", "");
        series.add(0, 0, 0);
        series.add(1, 0.01, 0);
        series.add(2, 750, 0);
        series.flush();
        assertArrayEquals(new double[] {0.01, 750}, series.range(true), 1e-6);
        assertArrayEquals(new double[] {0, 750}, series.range(false), 0);
    }
}
