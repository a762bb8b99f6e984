package org.casebake.publish;

import org.casebake.model.WithheldName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which withheld names one text holds, and at which byte each starts: the guard's answer for one
 * output file, without building a site. Students are numbered in the order their names are given.
 */
class NameHitsTest {

    @Test
    void aNameIsFoundAtTheByteWhereItStarts() {
        assertEquals(Map.of(0, 10), found(List.of("Ada Lovelace"), "<p>As «\u00A0Ada Lovelace» said</p>"));
    }

    @Test
    void eachStudentIsFoundAtTheFirstOccurrence() {
        assertEquals(Map.of(0, 0, 1, 13), found(List.of("Ada Lovelace", "Grace Hopper"),
                "Ada Lovelace Grace Hopper Ada Lovelace Grace Hopper"));
    }

    @Test
    void anOccurrenceFoundLaterThatStartsEarlierIsTheFirst() {
        // At "Smith", "Mary Smith" (first and last word) is seen before "Ann Mary Smith" (all three, in another order).
        assertEquals(Map.of(0, 0), found(List.of("Mary Ann Smith"), "Ann Mary Smith"));
    }

    @Test
    void everyOccurrenceIsTold() {
        List<String> told = new ArrayList<>();
        NameHits.everyOccurrence(patterns("Ada Lovelace", "王小明"), "Ada Lovelace, 王小明 and Lovelace Ada".getBytes(StandardCharsets.UTF_8),
                false, true, (student, offset) -> told.add(student + "@" + offset));
        assertEquals(List.of("0@0", "1@14", "0@28"), told);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ada Lovelace", "ada lovelace", "ADA LOVELACE", "Lovelace, Ada", "Ada\nLovelace", "Ada<b>Lovelace</b>",
            "adalovelace", "LovelaceAda", "ada-lovelace", "Ada&nbsp;Love&shy;lace"})
    void aNameOfTwoWordsIsFoundInAnyOrderCaseOrRunTogether(String text) {
        assertEquals(Map.of(0, 0), found(List.of("Ada Lovelace"), text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Zoë Ångström", "zoeangstrom", "ZoëÅngström", "angstromzoe", "Ångström-Zoë", "zo%C3%ABangstrom"})
    void aNameWithAccentedLettersIsFoundRunTogether(String text) {
        assertEquals(Map.of(0, 0), found(List.of("Zoë Ångström"), text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ada", "Lovelace", "Ada Lovelaces", "Adam Lovelace", "Ada and Lovelace", "Ada Ada", "Lovelace Lovelace",
            "adalovelaces", "Ada</p><footer>Lovelace", "<a title=\"Ada\" alt=\"Lovelace\">x</a>", "<a title=\"Ada\">Lovelace</a>"})
    void wordsThatAreNotTheNameNextToEachOtherAreNotFound(String text) {
        assertEquals(Map.of(), found(List.of("Ada Lovelace"), text));
    }

    @Test
    void aNameOfThreeWordsIsFoundWholeOrAsItsFirstAndLastWord() {
        List<String> names = List.of("Mary Ann Smith");
        for (String text : List.of("Mary Ann Smith", "Smith Mary Ann", "Mary Smith", "Smith, Mary", "maryannsmith", "smithannmary")) {
            assertEquals(Map.of(0, 0), found(names, text), text);
        }
        for (String text : List.of("Ann Smith", "Mary Ann", "marysmith", "Mary Ann X Smith")) {
            assertEquals(Map.of(), found(names, text), text);
        }
    }

    @Test
    void aNameSpeltWithZeroPaddedNumericReferencesIsFound() {
        String zeros = "0".repeat(60);
        assertEquals(Map.of(0, 0), found(List.of("Zoë Hart"), "Zo&#" + zeros + "235; Hart"));
        assertEquals(Map.of(0, 0), found(List.of("Zoë Hart"), "Zo&#x" + zeros + "eb; Hart"));
        assertEquals(Map.of(0, 0), found(List.of("Ada Lovelace"), "&#" + zeros + "65;da Lovelace"));
    }

    @Test
    void aNameIsFoundAfterManyWords() {
        String before = String.join(" ", IntStream.range(0, 37).mapToObj(i -> "w" + i).toList()) + " ";
        assertEquals(Map.of(0, before.length()), found(List.of("Mary Ann Smith"), before + "Smith Ann Mary"));
        assertEquals(Map.of(0, before.length()), found(List.of("Ada Lovelace"), before + "Lovelace Ada"));
    }

    @Test
    void aOneWordNameIsFoundOnlyWhereLookedForAndNotInLowerCase() {
        List<String> names = List.of("Castellanos");
        assertEquals(Map.of(0, 3), hits(names, "by Castellanos", true));
        assertEquals(Map.of(0, 3), hits(names, "by CASTELLANOS", true));
        assertEquals(Map.of(), hits(names, "by castellanos", true));
        assertEquals(Map.of(), hits(names, "by Castellanos", false));
        assertEquals(Map.of(0, 3), hits(List.of("Ada Lovelace"), "by ada lovelace", false), "longer names are always looked for");
    }

    @Test
    void aNameInAScriptWithoutSpacesIsFoundInsideARun() {
        List<String> names = List.of("王小明");
        assertEquals(Map.of(0, 6), found(names, "前文王小明后文"));
        assertEquals(Map.of(0, 0), found(names, "王小明"));
        assertEquals(Map.of(0, 4), found(names, "𠀀王小明"), "after a letter of four bytes");
        assertEquals(Map.of(0, 5), found(names, "前\u0301王小明"), "after a mark of two bytes, kept with the run");
        assertEquals(Map.of(), found(names, "王小"));
        assertEquals(Map.of(), found(names, "王 小明"));
    }

    @Test
    void aOneCharacterNameWithoutSpacesIsALookedForOnlyWhereOneWordNamesAre() {
        assertEquals(Map.of(0, 3), hits(List.of("王"), "前王后", true));
        assertEquals(Map.of(), hits(List.of("王"), "前王后", false));
        assertEquals(Map.of(0, 3), hits(List.of("王小"), "前王小后", false));
    }

    @Test
    void aNameOfSeveralUnspacedWordsIsFoundRunTogetherOrAcrossRuns() {
        List<String> names = List.of("สมชาย ใจดี");
        assertEquals(Map.of(0, 0), found(names, "สมชาย ใจดี"));
        assertEquals(Map.of(0, 12), found(names, "ก่อนสมชาย ใจดีหลัง"), "the first word ends a run, the last starts the next");
        assertEquals(Map.of(0, 12), found(names, "ก่อนใจดี สมชายหลัง"), "in the other order");
        assertEquals(Map.of(0, 0), found(names, "สมชายใจดี"));
        assertEquals(Map.of(), found(names, "สมชาย x ใจดี"));
        assertEquals(Map.of(), found(names, "สมชาย ก่อนใจดี"), "the last word does not start the run");
        assertEquals(Map.of(), found(names, "สมชายก่อน ใจดี"), "the first word does not end the run");
        assertEquals(Map.of(), found(names, "ใจดี"));
    }

    @Test
    void aNameOfThreeUnspacedWordsIsFoundAcrossThreeRuns() {
        List<String> names = List.of("王 小 明");
        assertEquals(Map.of(0, 3), found(names, "我王 小 明你"));
        assertEquals(Map.of(0, 6), found(names, "我们王 小 明你"));
        assertEquals(Map.of(0, 3), found(names, "我明 小 王你"));
        assertEquals(Map.of(), found(names, "我王 大 明你"));
        assertEquals(Map.of(), found(names, "我王 小 大明你"));
        assertEquals(Map.of(), found(names, "Wang 小 明你"), "the first run is not of the script");
        assertEquals(Map.of(), found(names, "小 明你"));
    }

    @Test
    void aNameOfSpacedAndUnspacedWordsIsFoundAsWords() {
        assertEquals(Map.of(0, 3), found(List.of("Ada 王"), "by Ada 王"));
        assertEquals(Map.of(0, 3), found(List.of("Ada 王"), "by 王 Ada"));
        assertEquals(Map.of(), found(List.of("Ada 王"), "by Ada 王小"));
    }

    @Test
    void anAttributeValueOrCommentIsReadLikeText() {
        assertEquals(Map.of(0, 10), found(List.of("Ada Lovelace"), "<a title=\"Ada Lovelace\">x</a>"));
        assertEquals(Map.of(0, 4), found(List.of("Ada Lovelace"), "<!--Ada Lovelace-->"));
        assertEquals(Map.of(0, 10), found(List.of("王小明"), "<a title=\"王小明\">x</a>"));
    }

    @Test
    void positionsCountLinesAndCharacters() {
        byte[] text = "ab\nZoë Ñ\n\nx".getBytes(StandardCharsets.UTF_8);
        NameHits.Positions positions = new NameHits.Positions(text);
        int n = text.length - 1;
        assertEquals(List.of(1, 1, 1, 2, 2, 2, 2, 3, 4), List.of(positions.line(0), positions.line(1), positions.line(2),
                positions.line(3), positions.line(7), positions.line(9), positions.line(10), positions.line(11), positions.line(n)));
        assertEquals(List.of(1, 2, 3, 1, 4, 5, 6, 1, 1), List.of(positions.column(0), positions.column(1), positions.column(2),
                positions.column(3), positions.column(7), positions.column(8), positions.column(10), positions.column(11),
                positions.column(n)));
        assertEquals(4, positions.line(1000), "an offset past the end is on the last line");
        assertEquals(2, positions.column(1000), "... after its last character");
    }

    private static Map<Integer, Integer> found(List<String> names, String text) {
        return hits(names, text, true);
    }

    private static Map<Integer, Integer> hits(List<String> names, String text, boolean oneWordNames) {
        return NameHits.in(patterns(names.toArray(String[]::new)), text.getBytes(StandardCharsets.UTF_8), true, oneWordNames);
    }

    static NamePatterns patterns(String... names) {
        List<WithheldName> withheld = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            withheld.add(new WithheldName(names[i], "answers/" + i + ".md", "N" + i));
        }
        return new NamePatterns(withheld);
    }
}
