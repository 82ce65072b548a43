package de.kreativland.transfer.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The API speaks German and English completely: every message key is in both bundles, and no problem is written as plain text. */
class LanguageBundlesTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern CALL = Pattern.compile("Problems\\.(\\w+)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PROSE = Pattern.compile("[A-Za-z]{2,}.*\\s|\\s.*[A-Za-z]{2,}");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    @Test
    void everyKeyExistsInGermanAndInEnglish() {
        Set<String> german = new TreeSet<>(Messages.bundle(Messages.GERMAN).keySet());
        Set<String> english = new TreeSet<>(Messages.bundle(Messages.ENGLISH).keySet());
        Set<String> onlyGerman = new TreeSet<>(german);
        onlyGerman.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(german);
        assertEquals(Set.of(), onlyGerman, "keys only in problems_de.properties");
        assertEquals(Set.of(), onlyEnglish, "keys only in problems.properties");
    }

    @Test
    void everyProblemTheCodeThrowsHasItsKeyInBothLanguagesAndNoPlainText() throws IOException {
        Set<String> known = Messages.bundle(Messages.ENGLISH).keySet();
        List<String> missing = new ArrayList<>();
        List<String> plainText = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String arguments = arguments(source, call.end());
                    if (call.group(1).equals("notFound") && arguments.startsWith("\"") && !arguments.startsWith("\"thing.")) {
                        missing.add(file.getFileName() + ": notFound names no thing.* key: " + arguments);
                    }
                    Matcher literal = LITERAL.matcher(arguments);
                    while (literal.find()) {
                        String text = literal.group(1);
                        if (KEY.matcher(text).matches()) {
                            keys++;
                            if (!known.contains(text)) {
                                missing.add(file.getFileName() + ": " + text);
                            }
                        } else if (PROSE.matcher(text).find()) {
                            plainText.add(file.getFileName() + ": \"" + text + "\"");
                        }
                    }
                }
            }
        }
        assertTrue(keys > 60, "the scan finds the message keys (" + keys + ")");
        assertEquals(List.of(), missing, "message keys missing from the bundles");
        assertEquals(List.of(), plainText, "problems written as plain text instead of a message key");
    }

    @Test
    void germanIsTheDefaultAndEnglishIsChosenWhenPreferred() {
        assertEquals(Messages.GERMAN, Messages.choose(List.of()));
        assertEquals(Messages.GERMAN, Messages.choose(List.of("fr-FR", "de")));
        assertEquals(Messages.ENGLISH, Messages.choose(List.of("en-GB", "de")));
        assertEquals("Jemand anderes hat dies inzwischen geändert: Laden Sie neu und wiederholen Sie Ihre Änderung",
                Messages.format(Messages.GERMAN, Text.of("problem.precondition-failed")));
    }

    /** The text between the call's parentheses. */
    private static String arguments(String source, int start) {
        int depth = 1;
        boolean inString = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(start, i);
            }
        }
        return source.substring(start);
    }
}
