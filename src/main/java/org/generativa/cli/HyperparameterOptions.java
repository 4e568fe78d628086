package org.generativa.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.generativa.autoencoder.AeConfig;
import org.generativa.common.InvalidInputException;
import org.generativa.gan.GanConfig;
import org.generativa.train.Hyperparameter;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds one option per model setting of every family, so the command line offers exactly the settings
 * the app has, with the same names, ranges and refusals. A setting the chosen model does not have is
 * refused by name.
 */
final class HyperparameterOptions implements IModelTransformer {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("i18n.messages");

    @Override
    public CommandSpec transform(CommandSpec spec) {
        Map<String, Hyperparameter<?>> byKey = new LinkedHashMap<>();
        GanConfig.HYPERPARAMETERS.forEach(h -> byKey.putIfAbsent(h.key(), h));
        AeConfig.HYPERPARAMETERS.forEach(h -> byKey.putIfAbsent(h.key(), h));
        for (Hyperparameter<?> parameter : byKey.values()) {
            String key = "param." + parameter.key();
            spec.addOption(OptionSpec.builder("--" + parameter.key())
                    .paramLabel(parameter.kind() == Hyperparameter.Kind.INTEGER ? "N" : "X")
                    .type(String.class)
                    .description(TEXT.containsKey(key) ? TEXT.getString(key) + "." : parameter.key())
                    .build());
        }
        return spec;
    }

    /** The value given for {@code --key}, or null. */
    static String given(CommandSpec spec, String key) {
        OptionSpec option = spec.findOption("--" + key);
        return option == null ? null : option.getValue();
    }

    /** Applies every setting option given that {@code parameters} has; refuses the others, naming the model. */
    static <C> C apply(CommandSpec spec, C config, List<Hyperparameter<C>> parameters, String model, List<String> alsoAccepted) {
        for (OptionSpec option : spec.options()) {
            String key = option.longestName().substring(2);
            Object value = option.getValue();
            if (!(value instanceof String text) || !isSetting(key)) {
                continue;
            }
            Hyperparameter<C> parameter = parameters.stream().filter(h -> h.key().equals(key)).findFirst().orElse(null);
            if (parameter == null) {
                if (alsoAccepted.contains(key)) {
                    continue;
                }
                throw new InvalidInputException("--" + key + " is not a setting of " + model + ".");
            }
            config = set(config, parameter, text, "--" + key);
        }
        return config;
    }

    static <C> C set(C config, Hyperparameter<C> parameter, String text, String option) {
        try {
            return parameter.with(config, parameter.parse(text));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(option + e.getMessage().substring(parameter.key().length()));
        }
    }

    private static boolean isSetting(String key) {
        return GanConfig.HYPERPARAMETERS.stream().anyMatch(h -> h.key().equals(key))
                || AeConfig.HYPERPARAMETERS.stream().anyMatch(h -> h.key().equals(key));
    }
}
