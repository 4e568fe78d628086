package org.generativa.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.generativa.family.ModelFamily;
import org.generativa.run.ModelFamilies;
import org.generativa.train.Choice;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds one option per setting of every model family (a number, a named choice or a flag), so the command line
 * offers exactly the settings the app has, with the same names, ranges and refusals. Which of them the chosen
 * model takes is its family's business ({@link ModelFamily#configure}).
 */
final class SettingOptions implements IModelTransformer {

    /** The command line speaks English, whatever the system's language. */
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Override
    public CommandSpec transform(CommandSpec spec) {
        for (String key : keys()) {
            Optional<Setting<?>> setting = settingOf(key);
            OptionSpec.Builder option = OptionSpec.builder("--" + key);
            if (setting.orElse(null) instanceof Choice<?, ?> choice && choice.isFlag()) {
                option.arity("0").type(boolean.class);
            } else {
                option.type(String.class).paramLabel(setting.orElse(null) instanceof Choice<?, ?> ? "NAME"
                        : setting.orElse(null) instanceof Hyperparameter<?> h && h.kind() == Hyperparameter.Kind.INTEGER ? "N" : "X");
            }
            spec.addOption(option.description(describe(key, setting.orElse(null))).build());
        }
        return spec;
    }

    /** The settings given on the command line, by key, in the order the options are declared; a flag given reads "true". */
    static Map<String, String> given(CommandSpec spec) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String key : keys()) {
            Object value = spec.findOption("--" + key).getValue();
            if (value instanceof String text) {
                given.put(key, text);
            } else if (Boolean.TRUE.equals(value)) {
                given.put(key, "true");
            }
        }
        return given;
    }

    /** Every family's option keys, each once, in the families' order. */
    private static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        ModelFamilies.all().forEach(family -> keys.addAll(family.optionKeys()));
        return keys;
    }

    private static Optional<Setting<?>> settingOf(String key) {
        return ModelFamilies.all().stream().flatMap(f -> f.settings().stream()).filter(s -> s.key().equals(key))
                .<Setting<?>>map(s -> s).findFirst();
    }

    private static String describe(String key, Setting<?> setting) {
        String text = setting instanceof Choice<?, ?> ? "option." + key : "param." + key;
        return TEXT.containsKey(text) ? TEXT.getString(text) + (text.startsWith("param.") ? "." : "") : key;
    }
}
