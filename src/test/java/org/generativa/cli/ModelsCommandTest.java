package org.generativa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.generativa.models.BundledModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheCheckoutsModelsAsATableAndAsJson() throws Exception {
        CliRun table = CliRun.of("models");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.outLines().get(0).matches("ID +NAME"), table.out());
        assertTrue(table.outLines().contains("vae-2d-digits   VAE on digits, 2-D code"), table.out());
        Path folder = Path.of("models").toAbsolutePath().normalize();
        assertEquals("Folder: " + folder, table.lastOutLine());

        CliRun json = CliRun.of("models", "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(folder.toString(), root.get("folder").asText());
        List<String> ids = new ArrayList<>();
        root.get("models").forEach(m -> ids.add(m.get("id").asText()));
        assertTrue(ids.containsAll(List.of("vae-2d-digits", "vae-16d-digits", "dcgan-digits", "cgan-digits", "vae-faces", "conv-ae-faces")), ids.toString());
        assertEquals(folder.resolve(ids.get(0)).toString(), root.get("models").get(0).get("directory").asText());
    }

    @Test
    void saysSoWhenThereAreNone() throws Exception {
        String before = System.getProperty(BundledModels.FOLDER_PROPERTY);
        System.setProperty(BundledModels.FOLDER_PROPERTY, dir.toString());
        try {
            CliRun table = CliRun.of("models");
            assertEquals(0, table.code());
            assertTrue(table.out().startsWith("No bundled models found"), table.out());
            JsonNode root = new ObjectMapper().readTree(CliRun.of("models", "--json").out());
            assertTrue(root.get("folder").isNull());
            assertEquals(0, root.get("models").size());
        } finally {
            if (before == null) {
                System.clearProperty(BundledModels.FOLDER_PROPERTY);
            } else {
                System.setProperty(BundledModels.FOLDER_PROPERTY, before);
            }
        }
    }
}
