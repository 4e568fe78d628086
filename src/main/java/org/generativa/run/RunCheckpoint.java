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
import org.generativa.common.InvalidInputException;
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
        JSON.writerWithDefaultPrettyPrinter().writeValue(runDir.resolve(CONFIG_FILE).toFile(), config);
        experiment.saveCheckpoint(runDir.resolve(CHECKPOINT_FOLDER));
    }

    /** Reads and checks {@code runDir/config.json}; the weights are read by {@link #open}. */
    public static RunCheckpoint<?> read(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            throw new InvalidInputException(Files.exists(runDir) ? runDir + " is a file, not a run folder."
                    : "There is no run folder at " + runDir + ".");
        }
        Path file = runDir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(runDir + " has no " + CONFIG_FILE + ", so it is not a run folder that train"
                    + " or the app wrote.");
        }
        JsonNode root = readJson(file);
        ModelFamily<?> family = familyOf(root, file);
        if (!Files.isDirectory(runDir.resolve(CHECKPOINT_FOLDER))) {
            throw new InvalidInputException(runDir + " has no " + CHECKPOINT_FOLDER + " folder, so there are no weights to load.");
        }
        return of(runDir, family, root, file);
    }

    private static <C> RunCheckpoint<C> of(Path runDir, ModelFamily<C> family, JsonNode root, Path file) {
        return new RunCheckpoint<>(runDir, family, parse(root, family.configType(), file));
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
            experiment.loadCheckpoint(checkpoint);
        } catch (NoSuchFileException e) {
            experiment.close();
            throw new InvalidInputException("The checkpoint in " + checkpoint + " has no "
                    + Path.of(e.getFile()).getFileName() + ", so the run was not saved completely.", e);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            experiment.close();
            throw new InvalidInputException("The weights in " + checkpoint + " do not fit the network that "
                    + CONFIG_FILE + " describes (" + detail(e.getMessage()) + ").", e);
        }
    }

    private static JsonNode readJson(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + " is not valid JSON (" + detail(e.getOriginalMessage()) + ").", e);
        } catch (IOException e) {
            throw new InvalidInputException(file + " could not be read (" + detail(e.getMessage()) + ").", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(file + " is not a run configuration: it holds no JSON object.");
        }
        return root;
    }

    /** The family whose model field the config has, checked to name one of its models. */
    private static ModelFamily<?> familyOf(JsonNode root, Path file) {
        for (ModelFamily<?> family : ModelFamilies.all()) {
            if (root.hasNonNull(family.modelKey())) {
                String name = root.get(family.modelKey()).asText();
                if (!family.modelNames().contains(name)) {
                    throw new InvalidInputException("Unknown model '" + name + "' in " + file + ": the app knows "
                            + String.join(", ", ModelFamilies.modelNames()) + ".");
                }
                return family;
            }
        }
        List<String> fields = ModelFamilies.all().stream().map(f -> "\"" + f.modelKey() + "\" (" + f.title() + ")").toList();
        throw new InvalidInputException(file + " names no model: it has no field " + String.join(" or ", fields) + ".");
    }

    /**
     * Every top-level setting must be present (checked by name, for a clear sentence); a trick added after a run
     * was saved reads as off (0), so older run folders and run files still open.
     */
    private static <C> C parse(JsonNode root, Class<C> type, Path file) {
        for (RecordComponent setting : type.getRecordComponents()) {
            if (!root.hasNonNull(setting.getName())) {
                throw new InvalidInputException(file + " lacks the setting \"" + setting.getName() + "\" that rebuilding the"
                        + " model needs.");
            }
        }
        try {
            return JSON.treeToValue(root, type);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof InvalidInputException refused) {
                throw new InvalidInputException(file + ": " + refused.getMessage(), e);
            }
            throw new InvalidInputException(file + " is not a usable run configuration (" + detail(e.getOriginalMessage()) + ").", e);
        }
    }

    /** A message as a parenthesis inside a sentence: one line, no final full stop. */
    private static String detail(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
