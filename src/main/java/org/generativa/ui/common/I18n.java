package org.generativa.ui.common;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-visible text, from the {@code i18n/messages} bundles (a translation is a new properties file). */
public final class I18n {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages");

    private I18n() {}

    public static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), BUNDLE.getLocale()).format(args);
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
