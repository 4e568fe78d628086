package org.generativa.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LanguageTest {

    private Preferences preferences;

    @BeforeEach
    void clear() throws Exception {
        preferences = Preferences.userRoot().node("org/generativa/test-language");
        preferences.clear();
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void theFirstLaunchFollowsTheSystemWhenGenerativaSpeaksIt() {
        Language language = new Language(preferences);
        assertEquals(Locale.forLanguageTag("el"), language.initial(Locale.forLanguageTag("el-GR")));
        assertEquals(Locale.forLanguageTag("pt"), language.initial(Locale.forLanguageTag("pt-BR")));
        assertEquals(Locale.ENGLISH, language.initial(Locale.GERMANY), "a language it lacks falls back to English");
    }

    @Test
    void aChoiceIsRememberedOverTheSystemsLanguage() {
        new Language(preferences).choose(Locale.forLanguageTag("es"));
        assertEquals(Locale.forLanguageTag("es"), I18n.locale());
        assertEquals("Idioma", I18n.get("menu.view.language"));
        assertEquals(Locale.forLanguageTag("es"), new Language(preferences).initial(Locale.forLanguageTag("el-GR")));
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertEquals("English", I18n.nameOf(Locale.ENGLISH));
        assertEquals("Español", I18n.nameOf(Locale.forLanguageTag("es")));
        assertEquals("Português", I18n.nameOf(Locale.forLanguageTag("pt")));
        assertEquals("Ελληνικά", I18n.nameOf(Locale.forLanguageTag("el")));
    }
}
