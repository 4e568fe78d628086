package org.generativa.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.generativa.data.HeldOutItems;
import org.generativa.family.LatentModel;
import org.generativa.run.RunCheckpoint;
import org.generativa.testing.EngineTest;
import org.generativa.testing.OpenedModel;
import org.junit.jupiter.api.Test;

/** The models in the checkout's models/ folder: found, complete, small, and trained. */
class BundledModelsTest extends EngineTest {

    /** Code size of each model the app promises to ship. */
    private static final Map<String, Integer> EXPECTED = Map.of("vae-2d-digits", 2, "vae-16d-digits", 16,
            "dcgan-digits", 64, "cgan-digits", 64, "vae-faces", 16, "conv-ae-faces", 32);
    private static final long MAX_BYTES = 5L << 20;

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** 1 - squared reconstruction error / pixel variance on held-out images: about 0.5 for the 2-D VAE, 0.9 for the others. */
    private static double explainedVariance(LatentModel model, int count) {
        HeldOutItems items = model.heldOutItems(count);
        float[] x = items.items();
        float[] back = model.decode(model.encode(x, items.count()), items.count(), null);
        double mean = 0;
        for (float v : x) {
            mean += v;
        }
        mean /= x.length;
        double error = 0;
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            error += (back[i] - x[i]) * (back[i] - x[i]);
            variance += (x[i] - mean) * (x[i] - mean);
        }
        return 1 - error / variance;
    }

    @Test
    void theCheckoutsModelsFolderIsFoundAndListsEveryPromisedModel() {
        assertEquals(Optional.of(Path.of("models").toAbsolutePath().normalize()), BundledModels.folder());
        List<BundledModel> models = BundledModels.list();
        assertTrue(models.stream().map(BundledModel::id).toList().containsAll(EXPECTED.keySet()), models.toString());
        for (BundledModel model : models) {
            assertNotEquals(model.id(), model.name(), "every model has a display name");
            assertTrue(!model.description().isEmpty(), model.id());
        }
    }

    @Test
    void everyModelIsACompleteSmallRunWithTheCommandThatMadeIt() throws IOException {
        for (BundledModel model : BundledModels.list()) {
            Path dir = model.directory();
            for (String file : List.of("config.json", "metrics.csv", "samples.png", "COMMAND")) {
                assertTrue(Files.isRegularFile(dir.resolve(file)), dir + " lacks " + file);
            }
            String command = Files.readString(dir.resolve("COMMAND")).strip();
            assertTrue(command.startsWith("java -jar target/generativa.jar train "), command);
            assertTrue(command.endsWith(" --out models/" + model.id()), command);
            assertTrue(bytes(dir) < MAX_BYTES, dir + " holds " + bytes(dir) + " bytes");
        }
    }

    @Test
    void everyModelOpensAndDecodesPriorSamplesIntoPlausibleImages() {
        for (BundledModel bundled : BundledModels.list()) {
            RunCheckpoint<?> checkpoint = RunCheckpoint.read(bundled.directory());
            try (OpenedModel opened = OpenedModel.of(checkpoint, m)) {
                LatentModel model = opened.model();
                int code = opened.configuredLatentSize();
                assertEquals(EXPECTED.get(bundled.id()), code, bundled.id());
                assertEquals(code, model.latentSize());
                int count = 16;
                int[] classes = model.conditionClasses().isEmpty() ? null : new int[count];
                if (classes != null) {
                    assertEquals(10, model.conditionClasses().size());
                    for (int i = 0; i < count; i++) {
                        classes[i] = i % 10;
                    }
                }
                float[] images = model.decode(model.samplePrior(count, 7), count, classes);
                assertEquals(count * model.dataset().itemSize(), images.length);
                double mean = 0;
                for (float v : images) {
                    assertTrue(v >= 0 && v <= 1, bundled.id() + " decodes " + v);
                    mean += v;
                }
                mean /= images.length;
                if (bundled.id().endsWith("digits")) {
                    // Digits are thin light strokes on black; untrained networks give grey noise around 0.5.
                    assertTrue(mean > 0.03 && mean < 0.3, bundled.id() + " mean intensity " + mean);
                }
                if (model.hasEncoder()) {
                    assertTrue(explainedVariance(model, count) > 0.4, bundled.id() + " explains "
                            + explainedVariance(model, count) + " of the held-out pixels' variance");
                }
            }
        }
    }
}
