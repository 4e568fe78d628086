package org.generativa.family;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.generativa.common.InvalidInputException;
import org.generativa.data.DataKind;
import org.generativa.data.DataSpec;
import org.generativa.data.Dataset;
import org.generativa.data.DatasetLoader;
import org.generativa.metrics.ReferenceClassifier;
import org.generativa.train.Choice;
import org.generativa.train.Experiment;
import org.generativa.train.ExperimentFactory;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting;

/**
 * A family of models (the GANs, the autoencoders) answering for itself: its configuration type and models,
 * its settings and which of them apply while training runs, how to build its experiments, what its models
 * offer the latent explorer, and what {@code train} reports of them. The command line, run files, the latent
 * explorer and the window work through this type, so none of them asks which family a run belongs to.
 *
 * @param <C> the family's configuration: a record that Jackson writes into {@code config.json}
 */
public interface ModelFamily<C> {

    /** A stable name, written into run files: {@code gan}, {@code autoencoder}. */
    String id();

    /** What the family's models are called together, in English sentences: "GANs", "autoencoders". */
    String title();

    Class<C> configType();

    /** The field of a saved configuration that names its model ({@code model} for GANs, {@code variant} for autoencoders). */
    String modelKey();

    /** The command-line names of the family's models, in display order. */
    List<String> modelNames();

    String modelName(C config);

    DataSpec dataset(C config);

    int threads(C config);

    /** The size of one code of {@code config}'s model: a GAN's noise, an autoencoder's code. */
    int latentSize(C config);

    /** The values each training step of {@code config}'s model reports, in order (as its experiment's metric names). */
    List<String> metricNames(C config);

    /** The settings {@code model} trains well with on {@code kind} data (the published ones where there are). */
    C defaults(String model, DataSpec dataset, DataKind kind);

    /** Another model of the family: its defaults for the current data replace the settings; the seed is kept. */
    C withModel(C current, String model, DataKind kind);

    /**
     * The config's fields that older run files lack and that read as what those runs used (see the config's
     * constructor); every other field must be in a run file.
     */
    Set<String> settingsAddedLater();

    /** The settings for other data: that data's defaults, keeping the seed and what still applies there. */
    C withData(C current, DataSpec dataset, DataKind kind);

    /** Every setting, numeric or not, in the order the command line lists them. */
    List<Setting<C>> settings();

    /**
     * {@code config}'s settings as the command line writes them, by key: those that differ from {@code reference}'s,
     * and those in {@code always} (an exercise's own), in the command line's order.
     */
    default Map<String, String> settingTexts(C config, C reference, Set<String> always) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Setting<C> setting : settings()) {
            String value = textOf(setting, config);
            if (always.contains(setting.key()) || !value.equals(textOf(setting, reference))) {
                texts.put(setting.key(), value);
            }
        }
        return texts;
    }

    private static <C> String textOf(Setting<C> setting, C config) {
        if (setting instanceof Hyperparameter<C> number) {
            return number.format(config);
        }
        return textOfChoice((Choice<C, ?>) setting, config);
    }

    private static <C, V> String textOfChoice(Choice<C, V> choice, C config) {
        return choice.nameOf(choice.get(config));
    }

    /** {@code built} with every setting that applies live taken from {@code live}. */
    default C withLiveSettingsOf(C built, C live) {
        return Setting.copyLive(settings(), built, live);
    }

    /** Whether {@code a} and {@code b} differ only in settings that apply live, so one model serves both. */
    default boolean sameStructure(C a, C b) {
        return withLiveSettingsOf(a, b).equals(b);
    }

    /** A fresh model of {@code config} on {@code data}; on the engine thread. */
    Experiment<C> create(NDManager manager, Dataset data, C config);

    /** Fresh models of the configs a training session is given, each on its own data. */
    default ExperimentFactory<C> factory() {
        return (manager, config) -> create(manager, DatasetLoader.forRun(dataset(config)), config);
    }

    /** The latent space of a model this family built, for the latent explorer; empty when it has none. */
    Optional<LatentModel> latentModel(Experiment<C> experiment);

    /**
     * The config {@code train} builds: {@code model}'s defaults for the data, then the settings given on the
     * command line ({@code given} maps a setting's key to its text; a flag's text is {@code true}). A key that is
     * no setting of this family is refused in one sentence naming the model.
     */
    default C configure(String model, DataSpec dataset, DataKind kind, Map<String, String> given) {
        return applySettings(defaults(model, dataset, kind), given, model);
    }

    /** The command-line options {@link #configure} takes: the settings' keys, and any the family adds. */
    default List<String> optionKeys() {
        return settings().stream().map(Setting::key).toList();
    }

    /** {@code config} with each setting in {@code given} applied by key, as {@link #configure} does. */
    default C applySettings(C config, Map<String, String> given, String model) {
        C result = config;
        for (Map.Entry<String, String> option : new LinkedHashMap<>(given).entrySet()) {
            result = applySetting(result, option.getKey(), option.getValue(), model, "--" + option.getKey());
        }
        return result;
    }

    /** {@code config} with the setting {@code key} read from {@code text}; a refused number is named {@code option}. */
    default C applySetting(C config, String key, String text, String model, String option) {
        Setting<C> setting = settings().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("setting.notOfModel", "--" + key, model));
        return SettingText.apply(config, setting, text, option);
    }

    /**
     * Refuses, in the command line's sentence naming the setting by its key, the first numeric setting of {@code config}
     * that the command line would not accept: a config from a file passes the same checks as one typed.
     */
    default void requireAcceptable(C config) {
        for (Setting<C> setting : settings()) {
            if (setting instanceof Hyperparameter<C> number) {
                Optional<Hyperparameter.Refusal> refusal = number.checkValue(config);
                if (refusal.isPresent()) {
                    throw number.refused(refusal.get(), number.key());
                }
            }
        }
    }

    /** Whether the reference classifier's scores mean something for a run of {@code config}. */
    boolean wantsClassifier(C config);

    /** Sentences about settings the model uses differently than asked; {@code train} prints them first. */
    default List<String> notices(Experiment<C> experiment) {
        return List.of();
    }

    /**
     * The family's final numbers for {@code train --json} (mode coverage, sample quality, held-out ELBO, ...);
     * a value that could not be measured is null.
     *
     * @param classifier the data's reference classifier, or null
     */
    Map<String, Number> results(Experiment<C> experiment, ReferenceClassifier classifier);

    /** The numeric setting {@code key}. */
    default Hyperparameter<C> hyperparameter(String key) {
        return settings().stream().filter(s -> s.key().equals(key) && s instanceof Hyperparameter<C>)
                .map(s -> (Hyperparameter<C>) s).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id() + " has no numeric setting " + key));
    }
}
