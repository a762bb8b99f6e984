package org.casebake.config;

import org.casebake.problem.ProblemCollector;
import org.casebake.testing.FileTree;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Casebake's own messages files (the repository's {@code messages/}): each shipped language has
 * exactly the English keys, with the same placeholders, in a file that reads without a problem, and
 * is written with the typography of its language.
 */
class MessagesFilesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void everyShippedFileReadsWithoutAProblemAndSetsEachKeyOnce(String language) {
        ProblemCollector problems = new ProblemCollector();
        List<MessagesFile.Entry> entries = MessagesFile.parse(read(language), "messages/" + language + ".properties", problems);
        assertEquals(List.of(), problems.report().formatLines());
        List<String> twice = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        entries.forEach(e -> {
            if (!seen.add(e.key())) {
                twice.add(e.key() + " (line " + e.line() + ")");
            }
        });
        assertEquals(List.of(), twice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void everyShippedLanguageHasExactlyTheEnglishKeys(String language) {
        TreeSet<String> english = new TreeSet<>(texts("en").keySet());
        TreeSet<String> translated = new TreeSet<>(texts(language).keySet());
        TreeSet<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        TreeSet<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertEquals("missing: [] extra: []", "missing: " + missing + " extra: " + extra);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void everyTranslationHasTheEnglishPlaceholdersButASingularMayLeaveItsNumberOut(String language) {
        Map<String, String> english = texts("en");
        List<String> different = new ArrayList<>();
        texts(language).forEach((key, text) -> {
            // The singular may leave its number out ("Voir le résultat"); every other text has the English placeholders.
            boolean same = key.endsWith(".one") ? english.containsKey(key) && placeholders(english.get(key)).containsAll(placeholders(text))
                    : english.containsKey(key) && placeholders(text).equals(placeholders(english.get(key)));
            if (english.containsKey(key) && !same) {
                different.add(key + ": " + placeholders(text) + " instead of " + placeholders(english.get(key)));
            }
        });
        assertEquals(List.of(), different);
    }

    @Test
    void frenchPutsANoBreakSpaceBeforeDoublePunctuationAndInsideGuillemets() {
        List<String> wrong = new ArrayList<>();
        texts("fr").forEach((key, text) -> {
            // A thin no-break space before ; ! ? and a no-break space before : and inside « », as French typesetters do.
            Matcher m = Pattern.compile("(?<![\u202F\u00A0])[;!?]|(?<!\u00A0):|«(?!\u00A0)|(?<!\u00A0)»|'").matcher(text);
            if (!key.equals(MessagesLoader.DATE_PATTERN) && m.find()) {
                wrong.add(key + " at " + m.start() + ": " + text);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void germanQuotesWithLowAndHighMarksAndSpanishWithGuillemets() {
        List<String> wrong = new ArrayList<>();
        texts("de").forEach((key, text) -> {
            if (text.contains("\"") || text.contains("“") && !text.contains("„")) {
                wrong.add("de " + key + ": " + text);
            }
        });
        texts("es").forEach((key, text) -> {
            if (text.contains("\"") || text.contains("“") || !key.equals(MessagesLoader.DATE_PATTERN) && text.contains("'")) {
                wrong.add("es " + key + ": " + text);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSearchScriptsBuiltInTextsAreTheEnglishScriptTexts() throws IOException {
        // English pages leave out data-texts, so the script's own texts must be en.properties' script.* keys.
        String script = FileTree.readText(TestFolders.project().resolve("assets/js/search.js"));
        int start = script.indexOf("var TEXTS = ") + "var TEXTS = ".length();
        String literal = script.substring(start, script.indexOf("}, lang", start) + 1);
        Map<String, String> builtIn = new TreeMap<>(new ObjectMapper().readValue(literal, new TypeReference<Map<String, String>>() { }));
        Map<String, String> english = new TreeMap<>();
        texts("en").forEach((key, text) -> {
            if (key.startsWith("script.")) {
                english.put(key.substring("script.".length()), text);
            }
        });
        assertEquals(english, builtIn);
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found.stream().distinct().sorted().toList();
    }

    static Map<String, String> texts(String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        MessagesFile.parse(read(language), language, new ProblemCollector()).forEach(e -> texts.put(e.key(), e.text()));
        return texts;
    }

    private static String read(String language) {
        return FileTree.readText(TestFolders.project().resolve("messages").resolve(language + ".properties"));
    }
}
