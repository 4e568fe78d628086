package org.generativa.ui.common;

import java.util.Locale;
import java.util.prefs.Preferences;

/** The language the window speaks: the one chosen last time, else the operating system's when Generativa has it. */
public final class Language {

    static final String KEY = "language";

    private final Preferences preferences;

    public Language(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The remembered choice, else {@code system}'s language when supported, else English. */
    public Locale initial(Locale system) {
        String chosen = preferences.get(KEY, "");
        return I18n.supported(chosen.isEmpty() ? system : Locale.forLanguageTag(chosen));
    }

    /** Speaks the initial language, and remembers every later choice. */
    public void apply(Locale system) {
        I18n.setLocale(initial(system));
    }

    /** Switches to {@code language} now and on later launches. */
    public void choose(Locale language) {
        preferences.put(KEY, I18n.supported(language).toLanguageTag());
        I18n.setLocale(language);
    }
}
