package org.generativa.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words a user reads are written into the window's code: texts come from the bundles, so that every one
 * exists in every language. A string literal of two or more words in {@code ui/} is refused, except in log
 * lines, programming errors (Illegal...Exception) and CSS.
 */
class HardCodedTextTest {

    private static final Path UI = Path.of("src/main/java/org/generativa/ui");
    private static final Pattern LITERAL = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]{2,}[\\s,;:]+[\\p{L}]{2,}");
    private static final Pattern ALLOWED = Pattern.compile("LOG\\.|Illegal\\w*Exception|-fx-|data:text/css");

    @Test
    void theWindowsTextsAllComeFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                found.addAll(hardCoded(file));
            }
        }
        assertTrue(found.isEmpty(), "texts written into the code:\n" + String.join("\n", found));
    }

    @Test
    void theCheckFindsAWordyLiteral() throws IOException {
        Path sample = Files.createTempFile("Sample", ".java");
        try {
            Files.writeString(sample, "class Sample {\n  // \"a comment\" is fine\n  Label l = new Label(\"Press Play\");\n"
                    + "  String id = \"play-button\";\n}\n");
            List<String> found = hardCoded(sample);
            assertTrue(found.size() == 1 && found.get(0).endsWith(":3 \"Press Play\""), found.toString());
        } finally {
            Files.delete(sample);
        }
    }

    private static List<String> hardCoded(Path file) throws IOException {
        String code = Files.readString(file);
        code = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(code)
                .replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
        List<String> found = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("//.*", "");
            if (ALLOWED.matcher(line).find()) {
                continue;
            }
            Matcher literal = LITERAL.matcher(line);
            while (literal.find()) {
                if (WORDS.matcher(literal.group(1)).find()) {
                    found.add(file.getFileName() + ":" + (i + 1) + " \"" + literal.group(1) + "\"");
                }
            }
        }
        return found;
    }
}
