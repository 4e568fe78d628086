package org.generativa.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCsvWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAHeaderAndOneRowPerPointWithNaNAsEmpty() throws Exception {
        Path file = dir.resolve("metrics.csv");
        try (MetricsCsvWriter csv = new MetricsCsvWriter(file, List.of("loss_d", "loss_g", "tiny"))) {
            csv.write(new MetricPoint(1, new double[] {0.5, Double.NaN, 1e-7}));
            csv.write(new MetricPoint(2, new double[] {Double.NaN, -1.25, 123456.789}));
            csv.write(new MetricPoint(3, new double[] {Double.NaN, Double.NaN, Double.NaN}));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of(
                "step,loss_d,loss_g,tiny",
                "1,0.500000,,1.00000e-07",
                "2,,-1.25000,123457",
                "3,,,"), lines);
    }

    @Test
    void valuesReadBackToSixSignificantDigits() throws Exception {
        Path file = dir.resolve("m.csv");
        double[] values = {Math.PI, -Math.E * 1e-5, 0.693147};
        try (MetricsCsvWriter csv = new MetricsCsvWriter(file, List.of("a", "b", "c"))) {
            csv.write(new MetricPoint(42, values));
        }
        String[] cells = Files.readAllLines(file).get(1).split(",", -1);
        assertEquals(4, cells.length);
        assertEquals("42", cells[0]);
        for (int i = 0; i < values.length; i++) {
            assertEquals(values[i], Double.parseDouble(cells[i + 1]), Math.abs(values[i]) * 1e-5);
        }
    }
}
