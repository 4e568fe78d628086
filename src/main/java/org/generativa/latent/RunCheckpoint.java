package org.generativa.latent;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.generativa.autoencoder.AeConfig;
import org.generativa.autoencoder.AeExperiment;
import org.generativa.autoencoder.AeVariant;
import org.generativa.common.CliChoice;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DatasetLoader;
import org.generativa.gan.GanConfig;
import org.generativa.gan.GanExperiment;
import org.generativa.gan.GanModelKind;
import org.generativa.train.Experiment;
import org.generativa.train.ExperimentFactory;

/**
 * A run directory as {@code train} writes it: {@code config.json} (a {@link GanConfig} with a "model" field or
 * an {@link AeConfig} with a "variant" field) and the weights in {@code checkpoint/}. Reading checks the folder
 * and the config; opening rebuilds the experiment and loads its weights. Every problem is an
 * {@link InvalidInputException} of one sentence.
 */
public final class RunCheckpoint {

    public static final String CONFIG_FILE = "config.json";
    public static final String CHECKPOINT_FOLDER = "checkpoint";

    /**
     * Every top-level setting must be present (checked by name, for a clear sentence); a trick added after a run
     * was saved reads as off (0), so older run folders and run files still open.
     */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Object config;

    private RunCheckpoint(Path directory, Object config) {
        this.directory = directory;
        this.config = config;
    }

    /** Writes {@code config} and {@code experiment}'s weights into {@code runDir} as train does. Engine thread. */
    public static void write(Path runDir, Object config, Experiment<?> experiment) throws IOException {
        Files.createDirectories(runDir);
        JSON.writerWithDefaultPrettyPrinter().writeValue(runDir.resolve(CONFIG_FILE).toFile(), config);
        experiment.saveCheckpoint(runDir.resolve(CHECKPOINT_FOLDER));
    }

    /** Reads and checks {@code runDir/config.json}; the weights are read by {@link #open}. */
    public static RunCheckpoint read(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            throw new InvalidInputException(Files.exists(runDir) ? runDir + " is a file, not a run folder."
                    : "There is no run folder at " + runDir + ".");
        }
        Path file = runDir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(runDir + " has no " + CONFIG_FILE + ", so it is not a run folder that train"
                    + " or the app wrote.");
        }
        Object config = parse(file);
        if (!Files.isDirectory(runDir.resolve(CHECKPOINT_FOLDER))) {
            throw new InvalidInputException(runDir + " has no " + CHECKPOINT_FOLDER + " folder, so there are no weights to load.");
        }
        return new RunCheckpoint(runDir, config);
    }

    /** Reads the run and rebuilds its experiment on {@code manager} with the saved weights. */
    public static Experiment<?> open(Path runDir, NDManager manager) {
        return read(runDir).open(manager);
    }

    public Path directory() {
        return directory;
    }

    /** The run's {@link GanConfig} or {@link AeConfig}. */
    public Object config() {
        return config;
    }

    public boolean isGan() {
        return config instanceof GanConfig;
    }

    /** The experiment of the saved config with the saved weights. Runs on the engine thread. */
    public Experiment<?> open(NDManager manager) {
        return config instanceof GanConfig gan ? build(manager, gan) : build(manager, (AeConfig) config);
    }

    /**
     * A factory for a training session that continues or explores this run: it builds the experiment of the
     * config it is given (the saved one, or one with other live settings) and loads the saved weights into it.
     * A config of another structure does not fit the weights and is refused.
     */
    public <C> ExperimentFactory<C> factory(Class<C> configType) {
        if (!configType.isInstance(config)) {
            throw new IllegalArgumentException(directory + " holds a " + config.getClass().getSimpleName());
        }
        return (manager, c) -> {
            @SuppressWarnings("unchecked")
            Experiment<C> experiment = (Experiment<C>) (c instanceof GanConfig g ? build(manager, g) : build(manager, (AeConfig) c));
            return experiment;
        };
    }

    private Experiment<GanConfig> build(NDManager manager, GanConfig c) {
        GanExperiment experiment = new GanExperiment(manager, DatasetLoader.forRun(c.dataset()), c);
        load(experiment, () -> experiment.loadCheckpoint(directory.resolve(CHECKPOINT_FOLDER)));
        return experiment;
    }

    private Experiment<AeConfig> build(NDManager manager, AeConfig c) {
        AeExperiment experiment = new AeExperiment(manager, DatasetLoader.forRun(c.dataset()), c);
        load(experiment, () -> experiment.loadCheckpoint(directory.resolve(CHECKPOINT_FOLDER)));
        return experiment;
    }

    private interface Load {
        void run() throws IOException, MalformedModelException;
    }

    private void load(Experiment<?> experiment, Load load) {
        Path checkpoint = directory.resolve(CHECKPOINT_FOLDER);
        try {
            load.run();
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

    private static Object parse(Path file) {
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
        Class<?> type;
        if (root.hasNonNull("model")) {
            requireKnown(root.get("model").asText(), GanModelKind.class, file);
            type = GanConfig.class;
        } else if (root.hasNonNull("variant")) {
            requireKnown(root.get("variant").asText(), AeVariant.class, file);
            type = AeConfig.class;
        } else {
            throw new InvalidInputException(file + " names no model: it has neither a GAN's \"model\" nor an autoencoder's"
                    + " \"variant\".");
        }
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

    private static <E extends Enum<E> & CliChoice> void requireKnown(String name, Class<E> type, Path file) {
        if (Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.cliName().equals(name))) {
            List<String> all = Stream.concat(Arrays.stream(GanModelKind.values()).map(GanModelKind::cliName),
                    Arrays.stream(AeVariant.values()).map(AeVariant::cliName)).toList();
            throw new InvalidInputException("Unknown model '" + name + "' in " + file + ": the app knows "
                    + String.join(", ", all) + ".");
        }
    }
}
