package org.generativa.cli;

import java.util.ResourceBundle;
import org.generativa.common.InvalidInputException;
import org.generativa.gan.GanConfig;
import org.generativa.train.Hyperparameter;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds one option per GAN hyperparameter to a command, so the command line always offers exactly
 * the settings the app has, with the same names, ranges and refusals.
 */
final class HyperparameterOptions implements IModelTransformer {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("i18n.messages");

    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (Hyperparameter<GanConfig> parameter : GanConfig.HYPERPARAMETERS) {
            String key = "param." + parameter.key();
            spec.addOption(OptionSpec.builder("--" + parameter.key())
                    .paramLabel(parameter.kind() == Hyperparameter.Kind.INTEGER ? "N" : "X")
                    .type(String.class)
                    .description(TEXT.containsKey(key) ? TEXT.getString(key) + "." : parameter.key())
                    .build());
        }
        return spec;
    }

    /** Applies every hyperparameter option the user gave, refusing bad values with the option's name. */
    static GanConfig apply(CommandSpec spec, GanConfig config) {
        for (Hyperparameter<GanConfig> parameter : GanConfig.HYPERPARAMETERS) {
            String text = spec.findOption("--" + parameter.key()).getValue();
            if (text != null) {
                config = set(config, parameter, text, "--" + parameter.key());
            }
        }
        return config;
    }

    static GanConfig set(GanConfig config, Hyperparameter<GanConfig> parameter, String text, String option) {
        try {
            return parameter.with(config, parameter.parse(text));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(option + e.getMessage().substring(parameter.key().length()));
        }
    }

    static Hyperparameter<GanConfig> named(String key) {
        return GanConfig.HYPERPARAMETERS.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow();
    }
}
