package org.generativa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core's sentences exist in every language, format, and are what the core throws. */
class ErrorTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ErrorTextsTest.class.getResourceAsStream("/i18n/" + name)) {
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

    @ParameterizedTest
    @ValueSource(strings = {"", "_es", "_pt", "_el"})
    void everySentenceExistsFormatsAndKeepsItsPlaceholders(String language) throws IOException {
        Properties english = read("errors.properties");
        Properties texts = read("errors" + language + ".properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(texts.stringPropertyNames()), "keys" + language);
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (text.isBlank()) {
                problems.add(key + ": empty");
            }
            if (text.replace("''", "").contains("'")) {
                problems.add(key + ": write an apostrophe as '' (MessageFormat)");
            }
            if (!placeholders(text).equals(placeholders(english.getProperty(key)))) {
                problems.add(key + ": placeholders " + placeholders(text));
            }
            int arguments = new MessageFormat(text).getFormatsByArgumentIndex().length;
            if (arguments != placeholders(text).stream().mapToInt(Integer::parseInt).map(i -> i + 1).max().orElse(0)) {
                problems.add(key + ": MessageFormat reads " + arguments + " arguments");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void anExceptionSpeaksEnglishToTheLogAndTheReadersLanguageToTheWindow() {
        InvalidInputException stopped = InvalidInputException.of("session.stopped", "12", Sentence.plain("disk full"));
        assertEquals("Training stopped at step 12: disk full", stopped.getMessage());
        assertEquals("El entrenamiento se detuvo en la iteración 12: disk full", stopped.in(Locale.forLanguageTag("es")));
        Sentence nested = Sentence.of("session.noModel", stopped);
        assertEquals("Δεν ήταν δυνατή η κατασκευή μοντέλου: Η εκπαίδευση σταμάτησε στο βήμα 12: disk full",
                nested.in(Locale.forLanguageTag("el")), "a sentence inside a sentence follows the language");
        assertEquals("plain", Sentence.of(new IllegalStateException("plain")).in(Locale.forLanguageTag("pt")));
    }

    /** The core reaches the window, so it throws sentences of the errors bundles; only the command line's own checks are English. */
    @Test
    void theCoreThrowsSentencesThatCanBeTranslated() throws IOException {
        Pattern literal = Pattern.compile("new InvalidInputException\\(");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/generativa"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String path = file.toString().replace('\\', '/');
                if (path.contains("/generativa/cli/") || path.contains("/generativa/bench/") || path.contains("/generativa/ui/")
                        || path.endsWith("common/InvalidInputException.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (literal.matcher(lines.get(i)).find()) {
                        found.add(file.getFileName() + ":" + (i + 1));
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "English-only sentences thrown by the core:\n" + String.join("\n", found));
    }

    @Test
    void fileSystemFailuresReadAsWhatStoodInTheWayNamingTheFileAndNeverAClassName() {
        assertEquals("Permission to use /runs/a/config.json was denied: choose a place you may write to, or ask for access.",
                Sentence.of(new java.nio.file.AccessDeniedException("/runs/a/config.json")).in(Locale.ROOT));
        assertEquals("/mnt/cd/x.png is on a read-only disk: choose another place to write to.",
                Sentence.of(new java.io.FileNotFoundException("/mnt/cd/x.png (Read-only file system)")).in(Locale.ROOT));
        assertEquals("/data/metrics.csv could not be written: the disk is full. Free some space, or choose another disk.",
                Sentence.of(new java.nio.file.FileSystemException("/data/metrics.csv", null, "No space left on device"))
                        .in(Locale.ROOT));
        assertEquals("The disk is full: free some space, or choose another disk.",
                Sentence.of(new java.io.IOException("No space left on device")).in(Locale.ROOT));
        assertEquals("El disco está lleno: libera espacio o elige otro disco.",
                Sentence.of(new java.io.IOException("No space left on device")).in(Locale.forLanguageTag("es")));
        assertEquals("There is not enough memory for this model at these settings: choose a smaller batch or image size (or a"
                + " narrower network) and try again.", Sentence.of(new IllegalStateException("engine failed",
                new RuntimeException("[enforce fail at alloc_cpu.cpp:117] DefaultCPUAllocator: can't allocate memory")))
                .in(Locale.ROOT));
        String unexplained = Sentence.of(new NullPointerException()).in(Locale.ROOT);
        assertTrue(unexplained.startsWith("Something went wrong inside Generativa without an explanation; the log ")
                && !unexplained.contains("NullPointerException"), unexplained);
    }
}
