package org.generativa.ui.common;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.generativa.common.Messages;
import org.generativa.common.Sentence;

/**
 * User-visible text in the language chosen, from the {@code i18n/messages} bundles: English (the base bundle),
 * Spanish, Portuguese and Greek. Changing the language tells {@link #localeProperty()}'s listeners, which build
 * the window's texts again.
 */
public final class I18n {

    /** The languages every text exists in, English first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt"), Locale.forLanguageTag("el"));

    private static final ObjectProperty<Locale> LOCALE = new SimpleObjectProperty<>(Locale.ENGLISH);
    private static volatile ResourceBundle bundle = bundle(Locale.ENGLISH);

    private I18n() {}

    /** The bundle of {@code locale}'s language, falling back to English key by key (never to the JVM's locale). */
    public static ResourceBundle bundle(Locale locale) {
        return Messages.bundle(supported(locale));
    }

    /** The language of {@code wanted} when Generativa speaks it, else English. */
    public static Locale supported(Locale wanted) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    public static ReadOnlyObjectProperty<Locale> localeProperty() {
        return LOCALE;
    }

    public static Locale locale() {
        return LOCALE.get();
    }

    /** Speaks {@code wanted}'s language from now on (English when it is not one of {@link #LANGUAGES}). */
    public static void setLocale(Locale wanted) {
        Locale language = supported(wanted);
        bundle = bundle(language);
        LOCALE.set(language);
    }

    /** The language's own name for itself: English, Español, Português, Ελληνικά. */
    public static String nameOf(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text {@code key} in the chosen language, or {@code fallback} where the bundles have none. */
    public static String getOr(String key, String fallback) {
        return has(key) ? get(key) : fallback;
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }

    /** A sentence of the core's (a refused file, a failed run) in the language chosen. */
    public static String of(Sentence sentence) {
        return sentence.in(locale());
    }

    /** What {@code e} says to the user, in the language chosen when it is one of the core's sentences. */
    public static String error(Throwable e) {
        return Sentence.of(e).in(locale());
    }

    public static boolean has(String key) {
        return bundle.containsKey(key);
    }
}
