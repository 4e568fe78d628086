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
            throw new InvalidInputException(file + " could not be read (" + e.getMessage() + ").", e);
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("step")) {
            throw new InvalidInputException(file + " has no header line starting with 'step', so it is not a metrics file.");
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
                throw new InvalidInputException(file + " line " + (row + 1) + " has " + cells.length + " values and the header "
                        + header.length + ".");
            }
            try {
                double[] values = new double[names.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = cells[i + 1].isEmpty() ? Double.NaN : Double.parseDouble(cells[i + 1]);
                }
                points.add(new MetricPoint(Long.parseLong(cells[0]), values));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(file + " line " + (row + 1) + " holds something that is not a number.", e);
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
