package org.generativa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.generativa.models.BundledModel;
import org.generativa.models.BundledModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the pretrained models that ship with the app. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Lists the pretrained models that ship with Generativa and the folder they are in.")
final class ModelsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object: \"folder\" (null when none is found) and \"models\".")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Path folder = BundledModels.folder().orElse(null);
        List<BundledModel> models = folder == null ? List.of() : BundledModels.list(folder);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (BundledModel m : models) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", m.id());
                row.put("name", m.name());
                row.put("description", m.description());
                row.put("directory", m.directory().toString());
                rows.add(row);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("folder", folder == null ? null : folder.toString());
            root.put("models", rows);
            out.println(Json.MAPPER.writeValueAsString(root));
            return 0;
        }
        if (folder == null) {
            out.println("No bundled models found (looked beside the launcher and the jar; set -D"
                    + BundledModels.FOLDER_PROPERTY + "=FOLDER to point elsewhere).");
            return 0;
        }
        int width = Math.max(2, models.stream().mapToInt(m -> m.id().length()).max().orElse(0));
        out.printf("%-" + width + "s  %s%n", "ID", "NAME");
        for (BundledModel m : models) {
            out.printf("%-" + width + "s  %s%n", m.id(), m.name());
        }
        out.println("Folder: " + folder);
        return 0;
    }
}
