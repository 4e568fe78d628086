package org.generativa.family;

import org.generativa.train.Choice;
import org.generativa.train.Hyperparameter;
import org.generativa.train.Setting;

/** A setting's value given as text (a command-line option's), applied with a sentence naming the option when refused. */
final class SettingText {

    private SettingText() {}

    static <C> C apply(C config, Setting<C> setting, String text, String option) {
        if (setting instanceof Hyperparameter<C> number) {
            return number.with(config, number.parse(text, option));
        }
        return withChoice(config, (Choice<C, ?>) setting, text);
    }

    private static <C, V> C withChoice(C config, Choice<C, V> choice, String text) {
        return choice.with(config, choice.parse(text));
    }
}
