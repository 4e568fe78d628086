package org.generativa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.data.BuiltInDatasets;
import org.generativa.data.download.DatasetCache;
import org.generativa.data.download.DownloadableDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the built-in datasets (and, in JSON, the downloadable ones); {@code datasets download} fetches the latter. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "Lists the built-in datasets; 'datasets download' lists and downloads MNIST, Fashion-MNIST and KMNIST.",
        subcommands = DatasetsDownloadCommand.class)
final class DatasetsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object instead of a table: \"datasets\" (built in) and "
            + "\"downloads\" (downloadable, with \"downloaded\": true or false).")
    private boolean json;

    @Mixin
    private DatasetsDownloadCommand.Sources sources;

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
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("datasets", rows);
            root.put("downloads", downloadRows());
            out.println(Json.MAPPER.writeValueAsString(root));
        } else {
            out.printf("%-10s %-7s %-8s %s%n", "NAME", "KIND", "SHAPE", "DESCRIPTION");
            for (BuiltInDatasets.Entry e : BuiltInDatasets.entries()) {
                out.printf("%-10s %-7s %-8s %s%n", e.name(), e.kind().name().toLowerCase(Locale.ROOT), e.shape(), e.description());
            }
            out.println();
            out.println("Downloadable (generativa datasets download NAME):");
            DatasetsDownloadCommand.list(sources.catalog(), sources.cache(), out);
        }
        return 0;
    }

    private List<Map<String, Object>> downloadRows() {
        DatasetCache cache = sources.cache();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DownloadableDataset d : sources.catalog().entries()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", d.name());
            row.put("title", d.title());
            row.put("kind", "images");
            row.put("source", "download");
            row.put("shape", d.shape());
            row.put("description", d.description());
            row.put("licence", d.licence());
            row.put("classes", d.classNames());
            row.put("url", d.canonicalUrl().toString());
            row.put("size_bytes", d.totalSize() > 0 ? d.totalSize() : null);
            row.put("downloaded", cache.isComplete(d));
            row.put("directory", cache.directory(d).toString());
            rows.add(row);
        }
        return rows;
    }
}
