package org.generativa.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeFamily;
import org.generativa.autoencoder.AeVariant;
import org.generativa.common.Checksums;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DatasetLoader;
import org.generativa.family.LatentModel;
import org.generativa.family.ModelFamily;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanFamily;
import org.generativa.gan.GanModelKind;
import org.generativa.testing.EngineTest;
import org.generativa.testing.OpenedModel;
import org.generativa.testing.Tiny;
import org.generativa.train.Experiment;
import org.generativa.train.ExperimentFactory;
import org.generativa.train.HeadlessRun;
import org.generativa.train.StepKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCheckpointTest extends EngineTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path dir;

    /** Trains a few steps and writes the run folder as the train command does; returns decoded prior samples. */
    private static <C> float[] writeRun(ModelFamily<C> family, Experiment<C> experiment, C config, Path run) throws IOException {
        try (experiment) {
            Files.createDirectories(run);
            JSON.writeValue(run.resolve(RunCheckpoint.CONFIG_FILE).toFile(), config);
            HeadlessRun.run(experiment, 4, run, line -> { });
            LatentModel model = family.latentModel(experiment).orElseThrow();
            return decodedPrior(model);
        }
    }

    private static float[] decodedPrior(LatentModel model) {
        int[] classes = model.conditionClasses().isEmpty() ? null : new int[] {0, 1, 2};
        return model.decode(model.samplePrior(3, 5), 3, classes);
    }

    private Path ganRun(GanModelKind kind) throws IOException {
        GanConfig config = Tiny.gan(kind, "digits");
        Path run = dir.resolve(kind.cliName());
        float[] before = writeRun(GanFamily.INSTANCE, new GanExperiment(root, DatasetLoader.forRun(config.dataset()), config), config, run);
        Files.write(run.resolve("expected.bin"), toBytes(before));
        return run;
    }

    private static byte[] toBytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    private static float[] expected(Path run) throws IOException {
        byte[] bytes = Files.readAllBytes(run.resolve("expected.bin"));
        float[] values = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }

    @Test
    void reopenedGansDecodeTheSameCodesToTheSamePixels() throws Exception {
        for (GanModelKind kind : new GanModelKind[] {GanModelKind.DCGAN, GanModelKind.CGAN, GanModelKind.WGAN_GP}) {
            Path run = ganRun(kind);
            RunCheckpoint<?> checkpoint = RunCheckpoint.read(run);
            assertEquals(GanFamily.INSTANCE, checkpoint.family());
            assertEquals(Tiny.gan(kind, "digits"), checkpoint.config());
            try (OpenedModel reopened = OpenedModel.of(checkpoint, m)) {
                assertInstanceOf(GanExperiment.class, reopened.experiment());
                assertArrayEquals(expected(run), decodedPrior(reopened.model()), 0f, kind.cliName());
            }
        }
    }

    @Test
    void reopenedAutoencodersDecodeAndEncodeAsBefore() throws Exception {
        for (AeVariant variant : new AeVariant[] {AeVariant.VAE, AeVariant.AAE, AeVariant.CONV_AE}) {
            AeConfig config = Tiny.ae(variant, "digits", 3);
            Path run = dir.resolve(variant.cliName());
            AeExperiment original = new AeExperiment(root, DatasetLoader.forRun(config.dataset()), config);
            float[] codes = AeFamily.INSTANCE.latentModel(original).orElseThrow().encode(new float[2 * 784], 2);
            float[] before = writeRun(AeFamily.INSTANCE, original, config, run);
            try (OpenedModel reopened = OpenedModel.of(RunCheckpoint.read(run), m)) {
                LatentModel model = reopened.model();
                assertArrayEquals(before, decodedPrior(model), 0f, variant.cliName());
                assertFalse(Arrays.equals(codes, model.encode(new float[2 * 784], 2)), "trained weights, not fresh ones");
            }
        }
    }

    @Test
    void aReopenedRunKeepsTraining() throws Exception {
        Path run = ganRun(GanModelKind.DCGAN);
        RunCheckpoint<?> checkpoint = RunCheckpoint.read(run);
        RunCheckpoint<GanConfig> gan = checkpoint.as(GanFamily.INSTANCE).orElseThrow();
        ExperimentFactory<GanConfig> factory = gan.factory();
        try (Experiment<GanConfig> reopened = factory.create(m, gan.config())) {
            LatentModel model = GanFamily.INSTANCE.latentModel(reopened).orElseThrow();
            float[] loaded = decodedPrior(model);
            assertArrayEquals(expected(run), loaded, 0f);
            reopened.step(StepKind.BOTH);
            assertFalse(Arrays.equals(loaded, decodedPrior(model)), "a step changes the generator's weights");
        }
        assertTrue(checkpoint.as(AeFamily.INSTANCE).isEmpty(), "a GAN's run is no autoencoder's");
    }

    private String refusal(Path run) {
        return assertThrows(InvalidInputException.class, () -> {
            try (NDManager scratch = root.newSubManager()) {
                RunCheckpoint.open(run, scratch).close();
            }
        }).getMessage();
    }

    @Test
    void foldersAndConfigsThatAreNotRunsAreRefusedInOneSentence() throws Exception {
        Path missing = dir.resolve("nowhere");
        assertEquals("There is no run folder at " + missing + ".", refusal(missing));
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        assertEquals(file + " is a file, not a run folder.", refusal(file));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(empty + " has no config.json, so it is not a run folder that train or the app wrote.", refusal(empty));

        Path run = ganRun(GanModelKind.DCGAN);
        Path config = run.resolve("config.json");
        String good = Files.readString(config);

        Files.writeString(config, "{ \"model\": ");
        assertTrue(refusal(run).startsWith(config + " is not valid JSON ("), refusal(run));
        Files.writeString(config, "[1, 2]");
        assertEquals(config + " is not a run configuration: it holds no JSON object.", refusal(run));
        Files.writeString(config, "{\"seed\": 1}");
        assertEquals(config + " names no model: it has no field \"model\" (GANs) or \"variant\" (autoencoders).", refusal(run));
        Files.writeString(config, good.replace("\"dcgan\"", "\"bigan\""));
        assertEquals("Unknown model 'bigan' in " + config + ": the app knows gan, dcgan, cgan, wgan, wgan-gp, ae, stacked-ae,"
                + " conv-ae, denoising-ae, sparse-ae, contractive-ae, robust-ae, vae, conv-vae, aae.", refusal(run));
        Files.writeString(config, good.replaceFirst("\"seed\" : 1,", ""));
        assertEquals(config + " lacks the setting \"seed\" that rebuilding the model needs.", refusal(run));
        Files.writeString(config, good.replace("\"non-saturating\"", "\"earth-mover\""));
        assertEquals(config + ": Unknown loss 'earth-mover': choose non-saturating, minimax, lsgan or hinge.", refusal(run));
        Files.writeString(config, good.replace("\"imageSize\" : 32", "\"imageSize\" : 30"));
        assertEquals(config + ": Image size must be 28, 32 or 64, not 30.", refusal(run));
        Files.writeString(config, good);
        assertArrayEquals(expected(run), openAndDecode(run), 0f, "the good config opens again");
    }

    private float[] openAndDecode(Path run) {
        try (OpenedModel reopened = OpenedModel.of(RunCheckpoint.read(run), m)) {
            return decodedPrior(reopened.model());
        }
    }

    /** Values the command line refuses are refused in a file too, in its sentences, before any model is built. */
    @Test
    void settingsTheCommandLineRefusesAreRefusedInARunFolderToo() throws Exception {
        Path run = ganRun(GanModelKind.GAN);
        Path config = run.resolve("config.json");
        String good = Files.readString(config);
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("\"batchSize\" : 0", "\"batchSize\" : \\d+");
        hostile.put("\"batchSize\" : -5", "\"batchSize\" : \\d+");
        hostile.put("\"threads\" : 0", "\"threads\" : \\d+");
        hostile.put("\"lrG\" : \"NaN\"", "\"lrG\" : [0-9.eE-]+");
        hostile.put("\"dStepsPerG\" : 1000000000", "\"dStepsPerG\" : \\d+");
        List<String> said = new ArrayList<>();
        for (Map.Entry<String, String> edit : hostile.entrySet()) {
            String text = good.replaceFirst(edit.getValue(), edit.getKey());
            assertNotEquals(good, text, edit.getKey());
            Files.writeString(config, text);
            said.add(assertThrows(InvalidInputException.class, () -> RunCheckpoint.read(run)).getMessage());
        }
        Files.writeString(config, good);
        assertEquals(List.of(config + ": batch must be at least 2 and at most 4096, not 0.",
                config + ": batch must be at least 2 and at most 4096, not -5.",
                config + ": threads must be at least 1 and at most 64, not 0.",
                config + ": lr-g must be a number, not 'NaN'.",
                config + ": d-steps must be at least 1 and at most 20, not 1000000000."), said,
                "the command line's sentences, naming the file");
    }

    @Test
    void missingOrMismatchedWeightsAreRefusedInOneSentence() throws Exception {
        Path run = ganRun(GanModelKind.DCGAN);
        Path checkpoint = run.resolve("checkpoint");
        Path config = run.resolve("config.json");
        String good = Files.readString(config);

        Files.writeString(config, good.replace("\"hiddenWidth\" : 8", "\"hiddenWidth\" : 16"));
        String wider = refusal(run);
        assertTrue(wider.startsWith("The weights in " + checkpoint + " do not fit the network that config.json describes (parameter "),
                wider);
        assertTrue(wider.contains(" has shape ") && wider.endsWith(" in the network)."), wider);
        Files.writeString(config, good.replace("\"latentSize\" : 4", "\"latentSize\" : 5"));
        assertTrue(refusal(run).startsWith("The weights in " + checkpoint + " do not fit"), refusal(run));
        Files.writeString(config, good);

        Path moved = run.resolveSibling("moved");
        Files.move(checkpoint, moved);
        assertEquals(run + " has no checkpoint folder, so there are no weights to load.", refusal(run));
        Files.move(moved, checkpoint);

        Path generator = checkpoint.resolve("generator.params");
        byte[] weights = Files.readAllBytes(generator);
        Files.write(generator, Arrays.copyOf(weights, weights.length / 2));
        assertEquals(generator + " is damaged: its content differs from what was saved (its checksum does not match), so"
                + " it is not loaded.", refusal(run), "a file cut short is caught by its checksum before it is read");
        Path sums = checkpoint.resolve(Checksums.FILE);
        byte[] list = Files.readAllBytes(sums);
        Files.delete(sums);
        assertEquals("The weights in " + checkpoint + " do not fit the network that config.json describes (the file holds"
                + " fewer parameters than the network).", refusal(run), "without the list (an older run), by its length");
        byte[] longer = Arrays.copyOf(weights, weights.length + 8);
        Files.write(generator, longer);
        assertEquals("The weights in " + checkpoint + " do not fit the network that config.json describes (the file holds"
                + " more parameters than the network).", refusal(run));
        Files.delete(generator);
        assertEquals("The checkpoint in " + checkpoint + " has no generator.params, so the run was not saved completely.",
                refusal(run));
        Files.write(sums, list);
        assertEquals(generator + " is missing, though checksums.sha256 lists it: the checkpoint was not saved completely.",
                refusal(run));
        Files.write(generator, weights);
        assertArrayEquals(expected(run), openAndDecode(run), 0f);
    }
}
