package org.generativa.ui.widgets;

import java.util.List;
import java.util.TreeMap;

/**
 * A chart's raw values as CSV: a step column, then one column per line of the chart, one row per step at which any
 * line has a value (an empty cell where a line has none), numbers written in full and in the C locale.
 */
final class ChartCsv {

    private ChartCsv() {}

    static String of(List<String> names, List<ChartSeries.Raw> series) {
        TreeMap<Long, String[]> rows = new TreeMap<>();
        for (int s = 0; s < series.size(); s++) {
            ChartSeries.Raw raw = series.get(s);
            for (int i = 0; i < raw.steps().length; i++) {
                rows.computeIfAbsent(raw.steps()[i], k -> new String[series.size()])[s] = Double.toString(raw.values()[i]);
            }
        }
        StringBuilder csv = new StringBuilder("step");
        names.forEach(name -> csv.append(',').append(quoted(name)));
        csv.append('\n');
        rows.forEach((step, cells) -> {
            csv.append(step);
            for (String cell : cells) {
                csv.append(',').append(cell == null ? "" : cell);
            }
            csv.append('\n');
        });
        return csv.toString();
    }

    private static String quoted(String name) {
        boolean plain = name.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? name : '"' + name.replace("\"", "\"\"") + '"';
    }
}
