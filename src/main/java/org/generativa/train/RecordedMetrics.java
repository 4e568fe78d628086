package org.generativa.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.generativa.common.InvalidInputException;

/** A run's metric history as {@link MetricsCsvWriter} wrote it: metric names and one point per step. */
public record RecordedMetrics(List<String> names, List<MetricPoint> points) {

    public static final RecordedMetrics NONE = new RecordedMetrics(List.of(), List.of());

    public static RecordedMetrics read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw InvalidInputException.of(e, "file.unreadable", file, e.getMessage());
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("step")) {
            throw InvalidInputException.of("metrics.noHeader", file);
        }
        String[] header = lines.get(0).split(",", -1);
        List<String> names = List.of(Arrays.copyOfRange(header, 1, header.length));
        List<MetricPoint> points = new ArrayList<>(lines.size() - 1);
        for (int row = 1; row < lines.size(); row++) {
            String line = lines.get(row);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != header.length) {
                throw InvalidInputException.of("metrics.rowLength", file, String.valueOf(row + 1), String.valueOf(cells.length),
                        String.valueOf(header.length));
            }
            try {
                double[] values = new double[names.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = cells[i + 1].isEmpty() ? Double.NaN : Double.parseDouble(cells[i + 1]);
                }
                points.add(new MetricPoint(Long.parseLong(cells[0]), values));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of(e, "metrics.notNumber", file, String.valueOf(row + 1));
            }
        }
        return new RecordedMetrics(names, List.copyOf(points));
    }

    public void write(Path file) throws IOException {
        try (MetricsCsvWriter out = new MetricsCsvWriter(file, names)) {
            for (MetricPoint point : points) {
                out.write(point);
            }
        }
    }
}
