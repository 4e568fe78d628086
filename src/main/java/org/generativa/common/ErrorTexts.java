package org.generativa.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The {@code i18n/errors} bundles: what the core says about bad input, in English, Spanish, Portuguese and Greek. */
final class ErrorTexts {

    private ErrorTexts() {}

    static String format(Locale language, String key, Object[] args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.errors", language.getLanguage().equals("en") ? Locale.ROOT : language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no error text " + key, e);
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Sentence sentence ? sentence.in(language) : args[i];
        }
        return new MessageFormat(pattern, language).format(shown);
    }
}
