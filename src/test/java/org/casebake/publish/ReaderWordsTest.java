package org.casebake.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The words the privacy guard reads from output bytes, one rule at a time. Each reading is written
 * out as its sink gets it: a word as its folded text ("1:" before it when it is an attribute value's
 * or a comment's), {@code |} where the text's words start over, {@code 1|} where an attribute value
 * or comment starts. Every word's hash is checked against FNV-1a of its folded text.
 */
class ReaderWordsTest {

    @Test
    void wordsAreRunsOfLettersAndDigitsInLowerCase() {
        assertEquals(List.of("ada", "lovelace", "1815", "x"), text("Ada, LOVELACE-1815\tx."));
    }

    @Test
    void theLastWordOfATextIsRead() {
        assertEquals(List.of("ada"), text("Ada"));
        assertEquals(List.of("zoe"), text("Zoë"));
    }

    @Test
    void aPlainAsciiWordIsHandedOverAsItsBytesAndAnyOtherFoldedWhole() {
        List<Seen> seen = read("Ada Zoë Ángel", false);
        assertEquals(List.of(new Seen(0, "ada", 0, false, false, false), new Seen(0, "zoe", 4, false, true, false),
                new Seen(0, "angel", 9, false, true, false)), seen);
    }

    /** A name's word is read the same way: "Zoë" was once folded as "ë", so "zoeangstrom" did not match it. */
    @Test
    void aWordThatStartsWithPlainLettersIsFoldedWhole() {
        assertEquals(List.of("zoe", "maria", "muller", "francois"), text("Zoë Mária MÜLLER François"));
    }

    @Test
    void theHashIsFnv1aOfTheFoldedWord() {
        assertEquals(fnv("ada"), ReaderWords.hash(ReaderWords.HASH_START, "ada"));
        assertEquals(fnv("adalovelace"), ReaderWords.hash(ReaderWords.hash(ReaderWords.HASH_START, "ada"), "lovelace"));
        assertEquals(0xcbf29ce484222325L, ReaderWords.HASH_START);
        assertEquals(fnv("ada"), read("ADA", false).get(0).hash());
    }

    @Test
    void wordsStartAtTheirFirstByte() {
        List<Seen> seen = read("  Ada\nZoë «Ñúñez» 王", false);
        assertEquals(List.of(2, 6, 13, 24), seen.stream().map(Seen::start).toList());
    }

    @Test
    void aWordStartingWithALowerCaseLetterIsMarked() {
        List<Seen> seen = read("ada Ada 1ada ëda Ëda &#97;b &#65;b %61b %41b zA &#122;b &#90;b", true);
        assertEquals(List.of(true, false, false, true, false, true, false, true, false, true, true, false),
                seen.stream().map(Seen::lowerCase).toList());
    }

    @Test
    void invisibleCharactersInsideAWordAreSkipped() {
        assertEquals(List.of("zoe", "steven", "ada", "lovelace", "adalovelace"),
                text("Zo\u00ADë Ste\u200Bven \u2060Ada\uFEFF Love\u00ADlace Ada\uDB40\uDC41Lovelace"));
    }

    @Test
    void aWordThatFoldsToNothingIsNoWord() {
        List<String> seen = text("Ada \u0640 Lovelace A\u0640");
        assertEquals(List.of("ada", "lovelace", "a"), seen);
    }

    @Test
    void bytesThatAreNoUtf8EndAWord() {
        assertEquals(List.of("ada", "love"), bytes(new byte[]{'A', 'd', 'a', (byte) 0xFF, 'L', 'o', 'v', 'e'}));
        assertEquals(List.of("ada"), bytes(new byte[]{'A', 'd', 'a', (byte) 0xC3}), "a sequence cut short at the end");
        assertEquals(List.of("x", "ay"), bytes(new byte[]{'x', (byte) 0xC3, 'A', 'y'}), "a lead byte without its continuation");
        assertEquals(List.of("x", "ay"), bytes(new byte[]{'x', (byte) 0xE0, (byte) 0xA4, 'A', 'y'}),
                "a three-byte sequence whose last byte is not a continuation");
        assertEquals(List.of("x", "y"), bytes(new byte[]{'x', (byte) 0xC1, (byte) 0xA1, 'y'}), "an overlong lead byte");
        assertEquals(List.of("x", "y"), bytes(new byte[]{'x', (byte) 0xF8, (byte) 0x90, (byte) 0x90, (byte) 0x80, 'y'}),
                "0xF8 leads no sequence (read as four bytes it would spell a Deseret letter)");
        assertEquals(List.of("x", "y"), bytes(new byte[]{'x', (byte) 0x80, 'y'}), "a continuation byte alone");
        assertEquals(List.of("x", "y"), text("x\u0080y"), "U+0080, the first character past ASCII, is a control character");
    }

    /** A letter whose UTF-8 sequence starts with each lowest and highest lead byte of its length joins the word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"x\u00AAy, xay", "x\u07CAy, x\u07CAy", "x\u0905y, x\u0905y", "x\uFF21y, xay", "x\uD801\uDC00y, x\uD801\uDC28y"})
    void lettersOfEveryUtf8LengthAreDecoded(String text, String word) {
        assertEquals(List.of(word), text(text));
    }

    @Test
    void characterReferencesAreDecodedIntoTheWord() {
        assertEquals(List.of("zoe", "zoe", "zoe", "zoe", "steven", "ozil"),
                text("Zo&euml; Zo&#235; Zo&#xEB; Zo&#XEB; Ste&shy;ven &Ouml;zil"));
        assertEquals(List.of("ada"), text("&#65;da"), "a letter spelt as a reference");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ada&amp;Lovelace", "Ada&lt;Lovelace", "Ada&gt;Lovelace", "Ada&quot;Lovelace", "Ada&nbsp;Lovelace",
            "Ada&#39;Lovelace", "Ada&#32;Lovelace", "Ada&NewLine;Lovelace", "Ada & Lovelace", "Ada&;Lovelace"})
    void referencesToWhiteSpaceOrPunctuationSeparateWords(String text) {
        assertEquals(List.of("ada", "lovelace"), text(text));
    }

    @Test
    void anAmpersandThatStartsNoReferenceEndsTheWord() {
        assertEquals(List.of("ada", "bogus", "lovelace"), text("Ada&bogus;Lovelace"));
        assertEquals(List.of("ada"), text("Ada&"));
        assertEquals(List.of("zoe"), text("Zo&euml"), "a reference without its semicolon at the very end");
    }

    @Test
    void aReferenceOfFortyCharactersIsLookedUp() {
        String digits = "0".repeat(36) + "235";
        assertEquals(List.of("zoe"), text("Zo&#" + digits + ";"), "40 characters after the ampersand");
    }

    @Test
    void urlEscapesAreDecodedAsUtf8IntoTheWord() {
        assertEquals(List.of("zoe", "ada", "ada", "lovelace"), text("Zo%C3%AB %41da Ada%20Lovelace"));
        assertEquals(List.of("zoe"), text("Zo%c3%ab"));
        assertEquals(List.of("0919afaf"), text("%30%39%31%39%41%46%61%66"));
        assertEquals(List.of("oyo", "oo"), text("%6F%79%6f %4F%4f"), "hex digits at the ends of the letter ranges");
        assertEquals(List.of("ada", "lovelace"), text("Ada%09Lovelace"), "an escape whose first digit is 0");
        assertEquals(List.of("o".repeat(9)), text("%C3%B6".repeat(9)), "more escaped bytes than the first buffer holds");
        assertEquals(List.of("ada"), text("Ad%61"), "an escape at the very end");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x%2/y", "x%/2y", "x%4:y", "x%:4y", "x%4@y", "x%@4y", "x%4Gy", "x%G4y", "x%4`y", "x%`4y", "x%4gy",
            "x%g4y"})
    void aPercentSignWithoutTwoHexDigitsEndsTheWord(String text) {
        List<String> words = text(text);
        assertEquals("x", words.get(0));
        assertEquals(List.of("x"), words.stream().filter(w -> w.startsWith("x")).toList(), "nothing decoded into x: " + words);
    }

    @Test
    void aPercentSignCutShortEndsTheWord() {
        assertEquals(List.of("a", "4"), text("a%4"));
        assertEquals(List.of("100"), text("100%"));
        assertEquals(List.of("x", "y"), text("x%FFy"), "a byte that is no UTF-8");
    }

    @Test
    void inPlainTextAngleBracketsAreText() {
        assertEquals(List.of("ste", "i", "ven", "i", "son"), words("Ste<i>ven</i>son", false));
    }

    @Test
    void anInlineTagOrACommentLeavesAWordWhole() {
        assertEquals(List.of("stevenson"), text("Ste<i>ven</i>son"));
        assertEquals(List.of("stevenson"), text("Ste<B>ven</B>son"));
        assertEquals(List.of("1|", "1:x", "stevenson"), text("Ste<A href=x>ven</A>son"));
        assertEquals(List.of("1|", "1:x", "stevenson"), text("Ste<!--x-->venson"));
        assertEquals(List.of("zoe"), text("Z<span>o</span>ë"));
    }

    @Test
    void everyInlineElementLeavesAWordWhole() {
        for (String tag : List.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
                "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
                "tt", "u", "var", "wbr")) {
            assertEquals(List.of("adalovelace"), text("Ada<" + tag + ">Love</" + tag + ">lace"), tag);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ada<p>Lovelace", "Ada</td><td>Lovelace", "Ada<br/>Lovelace", "Ada<!DOCTYPE html>Lovelace",
            "Ada<?xml version=1?>Lovelace", "Ada<b-x>Lovelace", "Ada<b:x>Lovelace", "Ada<spanned>Lovelace",
            "Ada<strongest>Lovelace", "Ada<div>Lovelace"})
    void anyOtherTagEndsAWordButNotThePhrase(String text) {
        assertEquals(List.of("ada", "lovelace"), text(text).stream().filter(w -> !w.startsWith("1")).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"article", "aside", "body", "footer", "head", "header", "html", "main", "nav", "section"})
    void aSectioningOrLandmarkTagStartsThePhraseOver(String tag) {
        assertEquals(List.of("ada", "|", "lovelace"), text("Ada<" + tag + ">Lovelace"));
        assertEquals(List.of("ada", "|", "lovelace"), text("Ada</" + tag.toUpperCase(Locale.ROOT) + ">Lovelace"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ada<3 Lovelace", "Ada< Lovelace", "Ada</ Lovelace", "Ada<", "Ada</", "Ada<<Lovelace", "Ada<é Lovelace"})
    void anAngleBracketThatStartsNoTagEndsTheWord(String text) {
        List<String> words = text(text);
        assertEquals("ada", words.get(0));
        assertEquals(List.of(), words.stream().filter(w -> w.contains("|")).toList());
    }

    @Test
    void aBracketBeforeANonAsciiLetterIsText() {
        assertEquals(List.of("ada", "ex"), text("Ada<éx>"));
    }

    @Test
    void attributeValuesAreReadApartEachOnItsOwn() {
        assertEquals(List.of("1|", "1:ada", "1:lovelace", "1|", "1:grace", "x"),
                text("<a title=\"Ada Lovelace\" alt='Grace'>x</a>"));
        assertEquals(List.of("1|", "1:ada", "lovelace"), text("<a title=Ada Lovelace>Lovelace"),
                "an unquoted value ends at white space");
        assertEquals(List.of("1|", "1:a", "1:b", "x"), text("<a title=\"a>b\">x"), "a '>' inside quotes does not end the tag");
        assertEquals(List.of("1|", "1:ada"), text("<a title=\"Ada"), "a value left open at the very end");
        assertEquals(List.of("1|", "1:ada"), text("<a title=Ada"));
        assertEquals(List.of("1|", "1:ste", "1:i", "1:ven"), text("<a title=\"Ste<i>ven\">"), "no markup inside a value");
        assertEquals(List.of("1|", "ada"), text("Ada<a title="), "a tag that ends right after its equals sign");
        assertEquals(List.of("1|", "ada"), text("Ada<a title= "));
        assertEquals(List.of("1|", "1:x", "1|", "1:ada", "y"), text("<a title=\"x=\" alt=\"Ada\">y"),
                "a value that ends with an equals sign");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "\n", "\r", " \n\t "})
    void whiteSpaceAroundTheEqualsSignIsSkipped(String space) {
        assertEquals(List.of("1|", "1:ada", "1:lovelace", "x"), text("<a title=" + space + "\"Ada Lovelace\">x"));
    }

    @Test
    void aCommentIsReadApart() {
        assertEquals(List.of("1|", "1:grace", "1:hopper", "ada"), text("Ada<!-- Grace Hopper"),
                "a comment left open runs to the end, and leaves the word before it open");
        assertEquals(List.of("1|", "1:b", "adac"), text("Ada<!--b-->c"));
        assertEquals(List.of("1|", "ada"), text("Ada<!---->"));
        assertEquals(List.of("ada"), text("Ada<!-"));
        assertEquals(List.of("1|", "ada"), text("Ada<!--"), "a comment opened by the last bytes");
    }

    @Test
    void aRunOfAScriptWrittenWithoutSpacesIsAWordOfItsOwn() {
        List<Seen> seen = read("前文王小明Ada 王小明 Zoë王 タロウ", false);
        assertEquals(List.of("前文王小明", "ada", "王小明", "zoe", "王", "タロウ"), seen.stream().map(Seen::word).toList());
        assertEquals(List.of(true, false, true, false, true, true), seen.stream().map(Seen::unspaced).toList());
        assertEquals(List.of("王", "a"), text("王&#65;"), "a letter spelt as a reference after the run");
    }

    @Test
    void aCombiningMarkStaysWithTheRunItFollows() {
        assertEquals(List.of("ガン"), text("カ\u3099ン"));
        assertEquals(List.of("สมชาย"), text("สมชาย"));
    }

    @Test
    void readingStartsTheStreamOverEachTime() {
        List<String> events = new ArrayList<>();
        Transcript transcript = new Transcript("a".getBytes(StandardCharsets.UTF_8), events);
        ReaderWords reader = new ReaderWords(transcript);
        reader.read("a".getBytes(StandardCharsets.UTF_8), false);
        reader.read("a".getBytes(StandardCharsets.UTF_8), false);
        assertEquals(List.of("|", "a", "|", "a"), events);
    }

    /** One word as the sink got it. */
    record Seen(int stream, String word, int start, boolean lowerCase, boolean folded, boolean unspaced, long hash) {
        Seen(int stream, String word, int start, boolean lowerCase, boolean folded, boolean unspaced) {
            this(stream, word, start, lowerCase, folded, unspaced, fnv(word));
        }
    }

    /** Writes down what a reading hands its sink, and checks each word's hash against its text. */
    private static final class Transcript implements ReaderWords.Sink {
        private final byte[] text;
        private final List<String> events;
        private final List<Seen> seen = new ArrayList<>();

        Transcript(byte[] text, List<String> events) {
            this.text = text;
            this.events = events;
        }

        @Override
        public void word(int stream, long hash, int start, boolean lowerCase, String folded, boolean unspaced, int end) {
            String word = folded != null ? folded : new String(text, start, end - start, StandardCharsets.US_ASCII)
                    .toLowerCase(Locale.ROOT);
            if (folded == null) {
                assertEquals(List.of(), word.chars().filter(c -> !Character.isLetterOrDigit(c) || c >= 0x80).boxed().toList(),
                        "only one run of ASCII letters and digits comes as bytes: " + word);
            }
            assertEquals(fnv(word), hash, word);
            events.add((stream == 1 ? "1:" : "") + word);
            seen.add(new Seen(stream, word, start, lowerCase, folded != null, unspaced, hash));
        }

        @Override
        public void restart(int stream) {
            events.add(stream == 0 ? "|" : "1|");
        }
    }

    private static List<Seen> read(String text, boolean markup) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Transcript transcript = new Transcript(bytes, new ArrayList<>());
        new ReaderWords(transcript).read(bytes, markup);
        return transcript.seen;
    }

    /** The reading of {@code text} as markup, without the start-over that begins every reading. */
    private static List<String> text(String text) {
        return words(text, true);
    }

    private static List<String> words(String text, boolean markup) {
        return bytes(text.getBytes(StandardCharsets.UTF_8), markup);
    }

    private static List<String> bytes(byte[] bytes) {
        return bytes(bytes, true);
    }

    private static List<String> bytes(byte[] bytes, boolean markup) {
        List<String> events = new ArrayList<>();
        new ReaderWords(new Transcript(bytes, events)).read(bytes, markup);
        assertEquals("|", events.get(0), "every reading starts the text's words over");
        return events.subList(1, events.size());
    }

    /** FNV-1a over UTF-16 units, written out apart from the code under test. */
    static long fnv(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
