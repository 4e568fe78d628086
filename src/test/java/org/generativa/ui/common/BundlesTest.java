package org.generativa.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text exists in every language, with the same placeholders, and formats. */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static List<Locale> translations() {
        return I18n.LANGUAGES.subList(1, I18n.LANGUAGES.size());
    }

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("translations")
    void aTranslationHasEveryKeyAndTheSamePlaceholders(Locale language) throws IOException {
        Properties english = read("messages.properties");
        Properties translated = read("messages_" + language.getLanguage() + ".properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translated.stringPropertyNames()),
                "the keys of messages_" + language.getLanguage());
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String source = english.getProperty(key);
            String text = translated.getProperty(key);
            if (text.isBlank()) {
                problems.add(key + " is empty");
            }
            if (!placeholders(source).equals(placeholders(text))) {
                problems.add(key + " has placeholders " + placeholders(text) + " instead of " + placeholders(source));
            }
            if (!placeholders(source).isEmpty() && source.replace("''", "").contains("'")) {
                problems.add(key + ": the English text needs '' for an apostrophe (MessageFormat)");
            }
            if (!placeholders(text).isEmpty() && text.replace("''", "").contains("'")) {
                problems.add(key + ": write an apostrophe as '' (MessageFormat)");
            }
            if (!placeholders(source).isEmpty()) {
                try {
                    new MessageFormat(text, language).format(new Object[] {"a", "b", "c", "d", "e"});
                } catch (IllegalArgumentException e) {
                    problems.add(key + " does not format: " + e.getMessage());
                }
            }
            if (key.startsWith("menu.") && source.contains("_") && text.chars().filter(c -> c == '_').count() != 1) {
                problems.add(key + " needs one mnemonic underscore");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void englishIsTheBaseAndTheSystemsLanguageNeverLeaksIn() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es"));
            I18n.setLocale(Locale.ENGLISH);
            assertEquals("Language", I18n.get("menu.view.language"));
            I18n.setLocale(Locale.forLanguageTag("el-GR"));
            assertEquals(Locale.forLanguageTag("el"), I18n.locale());
            assertEquals("Γλώσσα", I18n.get("menu.view.language"));
            I18n.setLocale(Locale.GERMAN);
            assertEquals(Locale.ENGLISH, I18n.locale(), "a language Generativa lacks");
            assertEquals("Language", I18n.get("menu.view.language"));
        } finally {
            I18n.setLocale(Locale.ENGLISH);
            Locale.setDefault(system);
        }
    }
}
