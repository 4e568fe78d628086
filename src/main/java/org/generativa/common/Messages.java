package org.generativa.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The {@code i18n/messages} bundles read outside the window (a report, the command line): English is the base bundle,
 * and a language Generativa does not speak falls back to it key by key, never to the JVM's locale.
 */
public final class Messages {

    private Messages() {}

    /** The messages of {@code language}: English for {@code en} or a language without a bundle. */
    public static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle("i18n.messages", language.getLanguage().equals("en") ? Locale.ROOT : language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text {@code key} in {@code language}, or the key itself when no bundle has it. */
    public static String get(Locale language, String key) {
        return getOr(language, key, key);
    }

    /** The text {@code key} in {@code language}, or {@code fallback} when no bundle has it. */
    public static String getOr(Locale language, String key, String fallback) {
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    public static String format(Locale language, String key, Object... args) {
        return new MessageFormat(get(language, key), language).format(args);
    }
}
