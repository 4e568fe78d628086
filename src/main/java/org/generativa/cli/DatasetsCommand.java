package org.generativa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.data.BuiltInDatasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the built-in datasets. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "Lists the built-in datasets.")
final class DatasetsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (BuiltInDatasets.Entry e : BuiltInDatasets.entries()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", e.name());
                row.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
                row.put("shape", e.shape());
                row.put("description", e.description());
                rows.add(row);
            }
            out.println(Json.MAPPER.writeValueAsString(Map.of("datasets", rows)));
        } else {
            out.printf("%-10s %-7s %-8s %s%n", "NAME", "KIND", "SHAPE", "DESCRIPTION");
            for (BuiltInDatasets.Entry e : BuiltInDatasets.entries()) {
                out.printf("%-10s %-7s %-8s %s%n", e.name(), e.kind().name().toLowerCase(Locale.ROOT), e.shape(), e.description());
            }
        }
        return 0;
    }
}
