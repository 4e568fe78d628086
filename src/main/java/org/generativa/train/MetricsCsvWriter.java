package org.generativa.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes metric points as CSV: a {@code step} column, then one column per metric; NaN as empty. Each line is handed to
 * the system as it is written, so a process killed mid-run keeps every step it measured.
 */
public final class MetricsCsvWriter implements AutoCloseable {

    private final BufferedWriter out;

    public MetricsCsvWriter(Path file, List<String> names) throws IOException {
        out = Files.newBufferedWriter(file);
        out.write("step," + String.join(",", names));
        out.newLine();
    }

    public void write(MetricPoint point) throws IOException {
        StringBuilder line = new StringBuilder(Long.toString(point.step()));
        for (double v : point.values()) {
            line.append(',');
            if (!Double.isNaN(v)) {
                line.append(String.format(Locale.ROOT, "%.6g", v));
            }
        }
        out.write(line.toString());
        out.newLine();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
