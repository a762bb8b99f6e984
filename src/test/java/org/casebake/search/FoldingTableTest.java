package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * search-engine.js folds a character by stripping the accents of a Latin letter, except where its FOLD table
 * says otherwise. The table must hold exactly the characters for which that rule and Lucene's ASCII
 * folding disagree. The script is shipped code, not an expected file: this test only checks it, and
 * when the table is wrong it prints the line to put into search-engine.js by hand (a golden update
 * never rewrites anything outside {@code src/test/resources}).
 */
class FoldingTableTest {

    private static final Path SCRIPT = Path.of("assets/js/search-engine.js");
    private static final Pattern TABLE = Pattern.compile("(?m)^  (\"[^\\n]*\")\\.split\\(','\\)");

    @Test
    void theBrowserFoldingTableHoldsExactlyWhereLuceneDiffersFromStrippingAccents() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        Matcher matcher = TABLE.matcher(script);
        assertEquals(true, matcher.find(), "the FOLD table in " + SCRIPT);
        String expected = expectedTable();
        String actual = matcher.group(1).substring(1, matcher.group(1).length() - 1).replace("\\\"", "\"")
                .replace("\\\\", "\\");
        String quoted = "\"" + expected.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        assertEquals(expected, actual, () -> "the FOLD table in " + SCRIPT + " is out of date; replace its line with:\n  "
                + quoted + ".split(',')");
    }

    /** target:characters groups, sorted by target, joined by commas. */
    private static String expectedTable() {
        Map<String, StringBuilder> groups = new TreeMap<>();
        for (int cp = 0x80; cp < 0x10000; cp++) {
            if (Character.isSurrogate((char) cp) || Character.toLowerCase(cp) != cp || !canBeInAWord(cp)) {
                continue;
            }
            String character = new String(Character.toChars(cp));
            String lucene = TextAnalyzer.foldToAscii(character);
            if (!lucene.equals(strippedAccents(character))) {
                groups.computeIfAbsent(lucene, t -> new StringBuilder()).append(character);
            }
        }
        StringBuilder table = new StringBuilder();
        groups.forEach((target, chars) -> table.append(table.length() == 0 ? "" : ",").append(target).append(':')
                .append(chars));
        return table.toString();
    }

    /** What search.js does without its table. */
    private static String strippedAccents(String character) {
        String decomposed = Normalizer.normalize(character, Normalizer.Form.NFD);
        if (decomposed.charAt(0) < 0x80 && decomposed.substring(1).codePoints().allMatch(FoldingTableTest::isMark)) {
            return decomposed.substring(0, 1);
        }
        int cp = character.codePointAt(0);
        return cp >= 0xFF01 && cp <= 0xFF5E ? String.valueOf((char) (cp - 0xFEE0)) : character;
    }

    private static boolean canBeInAWord(int cp) {
        int type = Character.getType(cp);
        return Character.isAlphabetic(cp) || Character.isLetterOrDigit(cp) || isMark(cp) || cp == 0x2019 || cp == 0xFF07
                || type == Character.LETTER_NUMBER || type == Character.CONNECTOR_PUNCTUATION || type == Character.FORMAT;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
