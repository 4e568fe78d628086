package org.generativa.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartCsvTest {

    @Test
    void oneRowPerStepWithAnEmptyCellWhereALineHasNoValue() {
        ChartSeries.Raw d = new ChartSeries.Raw(new long[] {0, 1, 2}, new double[] {0.5, 0.25, 1e-7});
        ChartSeries.Raw fid = new ChartSeries.Raw(new long[] {2, 5}, new double[] {31.5, 12});
        String csv = ChartCsv.of(List.of("D loss", "FID, classifier"), List.of(d, fid));
        assertEquals("""
                step,D loss,"FID, classifier"
                0,0.5,
                1,0.25,
                2,1.0E-7,31.5
                5,,12.0
                """, csv);
    }

    @Test
    void quotesInANameAreDoubled() {
        String csv = ChartCsv.of(List.of("run \"A\""), List.of(new ChartSeries.Raw(new long[0], new double[0])));
        assertEquals("step,\"run \"\"A\"\"\"\n", csv);
    }
}
