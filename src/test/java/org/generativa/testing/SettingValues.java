package org.generativa.testing;

import java.util.List;
import org.generativa.train.Choice;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting;

/** Another acceptable value for any setting, to see where a change goes. */
public final class SettingValues {

    private SettingValues() {}

    /** {@code config} with {@code setting} moved to another value in its range. */
    public static <C> C changed(Setting<C> setting, C config) {
        if (setting instanceof Hyperparameter<C> number) {
            return number.with(config, other(number, number.get(config)));
        }
        return otherChoice((Choice<C, ?>) setting, config);
    }

    private static <C> Number other(Hyperparameter<C> number, Number value) {
        List<String> candidates = number.kind() == Hyperparameter.Kind.INTEGER
                ? List.of(String.valueOf(value.longValue() + 1), String.valueOf(value.longValue() - 1))
                : List.of(String.valueOf(value.doubleValue() / 2), "0.25", "0.5", "1");
        return candidates.stream().filter(t -> number.check(t).isEmpty()).map(number::parse)
                .filter(v -> v.doubleValue() != value.doubleValue()).findFirst().orElseThrow();
    }

    private static <C, V> C otherChoice(Choice<C, V> choice, C config) {
        V current = choice.get(config);
        return choice.with(config, choice.values().stream().filter(v -> !v.equals(current)).findFirst().orElseThrow());
    }
}
