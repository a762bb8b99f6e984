package org.casebake.publish;

import org.casebake.model.WithheldName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word sequences each withheld name is looked for as, made once per build. */
class NamePatternsTest {

    @Test
    void aNameIsReadIntoFoldedWordsAsTextIs() {
        assertEquals(List.of("zoe", "angstrom"), folded("  Zoë\u00A0 Ångström "));
        assertEquals(List.of("mary", "ann", "o", "neil"), folded("Mary-Ann O'Neil"));
        assertEquals(List.of("francois", "muller"), folded("FRANÇOIS Müller"));
        assertEquals(List.of("王小明"), folded("王小明"));
        assertEquals(List.of(false, true), NamePatterns.words("Ada 王").stream().map(NamePatterns.Word::unspaced).toList());
        assertEquals(ReaderWordsTest.fnv("zoe"), NamePatterns.words("Zoë").get(0).hash());
        assertEquals(ReaderWordsTest.fnv("ada"), NamePatterns.words("Ada").get(0).hash());
    }

    @Test
    void namesSpeltAlikeAreOneStudentShownAsTheFirstSaysAndNamesWithoutWordsAreNone() {
        NamePatterns patterns = new NamePatterns(List.of(new WithheldName("Ada Lovelace", "a.md", "A. L."),
                new WithheldName("— …", "b.md", "?"), new WithheldName("ADA  LOVELACE", "c.md", "A. L. (2)"),
                new WithheldName("Grace Hopper", "d.md", "G. H."), new WithheldName("Adá Lovélace", "e.md", "A. L. (3)")));
        assertEquals(List.of(new NamePatterns.Student("A. L.", "a.md"), new NamePatterns.Student("G. H.", "d.md")), patterns.students);
        assertFalse(patterns.isEmpty());
        assertTrue(new NamePatterns(List.of(new WithheldName("…", "a.md", "?"))).isEmpty());
        assertTrue(new NamePatterns(List.of()).isEmpty());
    }

    @Test
    void theLongestVariantSetsHowManyWordsAreKept() {
        assertEquals(1, patterns("Castellanos").maxWords);
        assertEquals(2, patterns("Ada Lovelace").maxWords);
        assertEquals(3, patterns("Ada Lovelace", "Mary Ann Smith").maxWords);
        assertEquals(4, patterns("Ana María López García").maxWords);
        assertEquals(1, patterns("王小明").maxWords);
        assertEquals(2, patterns("สมชาย ใจดี").maxWords);
        assertEquals(3, patterns("王 小 明").maxWords);
    }

    @Test
    void variantsOfEachNumberOfWordsAreKnown() {
        assertEquals(Set.of(1, 2), lengths(patterns("Ada Lovelace")), "two words, and run together");
        assertEquals(Set.of(2), lengths(patterns("Al Bo")), "too short to look for run together");
        assertEquals(Set.of(1, 2, 3), lengths(patterns("Mary Ann Smith")));
        assertEquals(Set.of(1), lengths(patterns("Castellanos")));
        assertEquals(Set.of(), lengths(patterns("王小明")), "a name without spaces is no spaced variant");
        assertFalse(patterns("Ada Lovelace").hasVariantOf(64));
    }

    @Test
    void everyWordOfAVariantPassesTheFilterAndFewOthersDo() {
        NamePatterns patterns = patterns("Ada Lovelace", "Mary Ann Smith");
        for (String word : List.of("ada", "lovelace", "mary", "ann", "smith", "adalovelace", "lovelaceada", "maryannsmith",
                "smithannmary")) {
            assertTrue(patterns.mayEndWith(ReaderWordsTest.fnv(word)), word);
        }
        long passed = new TreeSet<>(List.of("the", "prize", "committee", "met", "on", "tuesday", "to", "discuss", "it", "and",
                "ends", "here")).stream().filter(w -> patterns.mayEndWith(ReaderWordsTest.fnv(w))).count();
        assertEquals(0, passed);
    }

    @Test
    void wordsRunTogetherAreLookedForFromEightLetters() {
        assertEquals(8, NamePatterns.RUN_TOGETHER);
        assertEquals(Map.of(0, 0), hits("Anna Bell", "annabell"));
        assertEquals(Map.of(0, 0), hits("Anna Bell", "bellanna"));
        assertEquals(Map.of(), hits("Ann Bell", "annbell"), "seven letters");
        assertEquals(Map.of(), hits("Ann Bell", "bellann"));
        assertEquals(Map.of(), hits("Zoë Ång", "zoeang"), "letters are counted folded: six, although eight code points as written");
        assertEquals(Map.of(0, 0), hits("Zoë Ångst", "ZOEANGST"), "eight");
    }

    @Test
    void aOneWordNameIsMarkedAsOne() {
        assertEquals(List.of(true), variants(patterns("Castellanos")).stream().map(NamePatterns.Variant::oneWord).toList());
        assertEquals(List.of(false, false, false), variants(patterns("Ada Lovelace")).stream().map(NamePatterns.Variant::oneWord)
                .toList(), "a name of two words, and run together either way, is looked for everywhere");
        assertEquals(List.of(0, 0, 0), variants(patterns("Ada Lovelace")).stream().map(NamePatterns.Variant::student).toList());
    }

    @Test
    void unspacedNamesAreKeptByTheirFirstCharacterAndTheirLastWordsFirstCharacter() {
        NamePatterns patterns = patterns("王小明", "สมชาย ใจดี", "金");
        assertEquals(Set.of("王小明", "สมชายใจดี", "ใจดีสมชาย", "金"), patterns.insideRuns.values().stream().flatMap(List::stream)
                .map(u -> u.words()[0]).collect(Collectors.toSet()));
        assertEquals(Set.of((int) '王', (int) 'ส', (int) 'ใ', (int) '金'), patterns.insideRuns.keySet());
        assertEquals(List.of(true), patterns.insideRuns.get((int) '金').stream().map(NamePatterns.Unspaced::oneWord).toList());
        assertEquals(List.of(false), patterns.insideRuns.get((int) '王').stream().map(NamePatterns.Unspaced::oneWord).toList());
        assertEquals(Set.of("สมชาย ใจดี", "ใจดี สมชาย"), patterns.acrossRuns.values().stream().flatMap(List::stream)
                .map(u -> String.join(" ", u.words())).collect(Collectors.toSet()));
        assertEquals(Set.of((int) 'ใ', (int) 'ส'), patterns.acrossRuns.keySet());
        assertEquals(List.of(1), patterns.acrossRuns.get((int) 'ใ').stream().map(NamePatterns.Unspaced::student).toList());
    }

    @Test
    void aWordsShareOfAKeyDoesNotDependOnTheOrderOfTheWords() {
        long ada = ReaderWordsTest.fnv("ada");
        long lovelace = ReaderWordsTest.fnv("lovelace");
        assertEquals(NamePatterns.share(ada) + NamePatterns.share(lovelace), NamePatterns.share(lovelace) + NamePatterns.share(ada));
        assertNotEquals(NamePatterns.share(ada), NamePatterns.share(lovelace));
        assertEquals(0xb456bcfc34c2cb2cL, NamePatterns.share(1L), "MurmurHash3's 64-bit finalizer (fmix64)");
        assertEquals(0, NamePatterns.share(0L));
    }

    private static List<String> folded(String name) {
        return NamePatterns.words(name).stream().map(NamePatterns.Word::folded).toList();
    }

    private static NamePatterns patterns(String... names) {
        return NameHitsTest.patterns(names);
    }

    private static Map<Integer, Integer> hits(String name, String text) {
        return NameHits.in(patterns(name), text.getBytes(StandardCharsets.UTF_8), true, true);
    }

    private static Set<Integer> lengths(NamePatterns patterns) {
        Set<Integer> lengths = new TreeSet<>();
        for (int k = 0; k < 64; k++) {
            if (patterns.hasVariantOf(k)) {
                lengths.add(k);
            }
        }
        return lengths;
    }

    /** Every variant in the index, found through the keys of the words the name is read into. */
    private static List<NamePatterns.Variant> variants(NamePatterns patterns) {
        List<NamePatterns.Variant> out = new ArrayList<>();
        for (int e = 0; ; e++) {
            try {
                out.add(patterns.index.variant(e));
            } catch (ArrayIndexOutOfBoundsException end) {
                return out;
            }
        }
    }
}
