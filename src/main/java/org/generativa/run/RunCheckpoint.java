package org.generativa.run;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.generativa.common.AtomicFiles;
import org.generativa.common.Checksums;
import org.generativa.common.InvalidInputException;
import org.generativa.common.Sentence;
import org.generativa.data.DatasetLoader;
import org.generativa.family.ModelFamily;
import org.generativa.train.Experiment;
import org.generativa.train.ExperimentFactory;

/**
 * A run directory as {@code train} writes it: {@code config.json} (a family's configuration, whose model field
 * names the family) and the weights in {@code checkpoint/}. Reading checks the folder and the config; opening
 * rebuilds the experiment and loads its weights. Every problem is an {@link InvalidInputException} of one sentence.
 *
 * @param <C> the configuration type of the run's family
 */
public final class RunCheckpoint<C> {

    public static final String CONFIG_FILE = "config.json";
    public static final String CHECKPOINT_FOLDER = "checkpoint";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final ModelFamily<C> family;
    private final C config;

    private RunCheckpoint(Path directory, ModelFamily<C> family, C config) {
        this.directory = directory;
        this.family = family;
        this.config = config;
    }

    /** Writes {@code config} and {@code experiment}'s weights into {@code runDir} as train does. Engine thread. */
    public static <C> void write(Path runDir, C config, Experiment<C> experiment) throws IOException {
        Files.createDirectories(runDir);
        byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(config);
        AtomicFiles.write(runDir.resolve(CONFIG_FILE), out -> out.write(json));
        experiment.saveCheckpoint(runDir.resolve(CHECKPOINT_FOLDER));
    }

    /** Reads and checks {@code runDir/config.json}; the weights are read by {@link #open}. */
    public static RunCheckpoint<?> read(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            throw InvalidInputException.of(Files.exists(runDir) ? "checkpoint.notFolder" : "checkpoint.noFolder", runDir);
        }
        Path file = runDir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of("checkpoint.noConfig", runDir, CONFIG_FILE);
        }
        JsonNode root = readJson(file);
        ModelFamily<?> family = familyOf(root, file);
        if (!Files.isDirectory(runDir.resolve(CHECKPOINT_FOLDER))) {
            throw InvalidInputException.of("checkpoint.noWeights", runDir, CHECKPOINT_FOLDER);
        }
        return of(runDir, family, root, file);
    }

    private static <C> RunCheckpoint<C> of(Path runDir, ModelFamily<C> family, JsonNode root, Path file) {
        return new RunCheckpoint<>(runDir, family, parse(root, family, file));
    }

    /** Reads the run and rebuilds its experiment on {@code manager} with the saved weights. */
    public static Experiment<?> open(Path runDir, NDManager manager) {
        return read(runDir).open(manager);
    }

    public Path directory() {
        return directory;
    }

    public ModelFamily<C> family() {
        return family;
    }

    public C config() {
        return config;
    }

    /** This run typed by {@code wanted} when it is one of that family's; empty otherwise. */
    @SuppressWarnings("unchecked")
    public <T> Optional<RunCheckpoint<T>> as(ModelFamily<T> wanted) {
        return wanted == family ? Optional.of((RunCheckpoint<T>) this) : Optional.empty();
    }

    /** The experiment of the saved config with the saved weights. Runs on the engine thread. */
    public Experiment<C> open(NDManager manager) {
        return factory().create(manager, config);
    }

    /**
     * A factory for a training session that continues or explores this run: it builds the experiment of the
     * config it is given (the saved one, or one with other live settings) and loads the saved weights into it.
     * A config of another structure does not fit the weights and is refused.
     */
    public ExperimentFactory<C> factory() {
        return (manager, c) -> {
            Experiment<C> experiment = family.create(manager, DatasetLoader.forRun(family.dataset(c)), c);
            load(experiment);
            return experiment;
        };
    }

    private void load(Experiment<C> experiment) {
        Path checkpoint = directory.resolve(CHECKPOINT_FOLDER);
        try {
            Checksums.verify(checkpoint);
            experiment.loadCheckpoint(checkpoint);
        } catch (InvalidInputException e) {
            experiment.close();
            throw e;
        } catch (NoSuchFileException e) {
            experiment.close();
            throw InvalidInputException.of(e, "checkpoint.incomplete", checkpoint, Path.of(e.getFile()).getFileName());
        } catch (IOException | MalformedModelException | RuntimeException e) {
            experiment.close();
            throw InvalidInputException.of(e, "checkpoint.weightsMismatch", checkpoint, CONFIG_FILE, detail(e.getMessage()));
        }
    }

    private static JsonNode readJson(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of(e, "checkpoint.notJson", file, detail(e.getOriginalMessage()));
        } catch (IOException e) {
            throw InvalidInputException.of(e, "file.unreadable", file, detail(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw InvalidInputException.of("checkpoint.noJsonObject", file);
        }
        return root;
    }

    /** The family whose model field the config has, checked to name one of its models. */
    private static ModelFamily<?> familyOf(JsonNode root, Path file) {
        for (ModelFamily<?> family : ModelFamilies.all()) {
            if (root.hasNonNull(family.modelKey())) {
                String name = root.get(family.modelKey()).asText();
                if (!family.modelNames().contains(name)) {
                    throw InvalidInputException.of("checkpoint.unknownModel", name, file,
                            String.join(", ", ModelFamilies.modelNames()));
                }
                return family;
            }
        }
        List<String> fields = ModelFamilies.all().stream().map(f -> "\"" + f.modelKey() + "\" (" + f.title() + ")").toList();
        throw InvalidInputException.of("checkpoint.noModel", file, Sentence.joined("list.or", fields));
    }

    /**
     * Every top-level setting must be present (checked by name, for a clear sentence), except those added after
     * runs were first saved, which read as what such a run used; a trick added later reads as off (0). So older run
     * folders and run files still open.
     */
    private static <C> C parse(JsonNode root, ModelFamily<C> family, Path file) {
        Class<C> type = family.configType();
        for (RecordComponent setting : type.getRecordComponents()) {
            if (!root.hasNonNull(setting.getName()) && !family.settingsAddedLater().contains(setting.getName())) {
                throw InvalidInputException.of("checkpoint.missingSetting", file, setting.getName());
            }
        }
        C config;
        try {
            config = JSON.treeToValue(root, type);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof InvalidInputException refused) {
                throw InvalidInputException.of(e, "checkpoint.refused", file, refused);
            }
            throw InvalidInputException.of(e, "checkpoint.unusable", file, detail(e.getOriginalMessage()));
        }
        try {
            family.requireAcceptable(config);
        } catch (InvalidInputException refused) {
            throw InvalidInputException.of(refused, "checkpoint.refused", file, refused);
        }
        return config;
    }

    /** A message as a parenthesis inside a sentence: one line, no final full stop. */
    private static String detail(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
