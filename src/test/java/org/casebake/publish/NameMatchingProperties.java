package org.casebake.publish;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.casebake.model.WithheldName;
import org.casebake.model.OutputFile;
import org.casebake.problem.ProblemCollector;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names generated in many scripts, written in the ways a reader would still recognise them, must
 * all be caught by the privacy guard; ordinary text must not be. Each property states one way of
 * writing a name (or of not writing it) and is tried on hundreds of generated names.
 */
class NameMatchingProperties {

    /** Lower-case letters of alphabets written with spaces between words. */
    private static final Map<String, String> SPACED = Map.of(
            "Latin", "abcdefghijklmnopqrstuvwxyzàáâãäåçèéêëìíîïñòóôõöøùúûüýÿāăąćčďđēěğīłńňőœřśşšťūůűźżžæ",
            "Greek", "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋ",
            "Cyrillic", "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
            "Arabic", "ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآ",
            "Hebrew", "אבגדהוזחטיכלמנסעפצקרשת",
            "Armenian", "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
            "Georgian", "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ");

    private static final String DEVANAGARI_CONSONANTS = "कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह";
    private static final String DEVANAGARI_SIGNS = "ािीुूेैोौं";
    private static final String HAN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤小明华伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛";
    private static final String THAI_CONSONANTS = "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮ";
    private static final String THAI_VOWELS = "ะาิีึืุูเแโ";
    private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
    private static final String HIRAGANA = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわん";

    /** Invisible characters a name can carry without looking any different. */
    private static final String IGNORABLES = "\u00AD\u200B\u200C\u200D\u2060\uFEFF\uFE0F\u034F\u180E\u2063";

    /** Ordinary words, capitalised as sentences have them, that are also given or family names somewhere. */
    private static final List<String> COMMON_WORDS = List.of("Page", "Will", "Rose", "Mark", "May", "Grace", "Hope", "Bill",
            "Case", "Search", "Home", "Next", "Answer", "Read", "Summer", "Young", "King", "Smith", "Baker", "Cook", "Long");

    /** A student's name: its words as written, and whether its script writes words without spaces. */
    record Name(List<String> words, String script, boolean unspaced) {
        String written() {
            return String.join(unspaced && !script.equals("Thai") ? "" : " ", words);
        }

        boolean cased() {
            return words.stream().anyMatch(w -> !w.toUpperCase(Locale.ROOT).equals(w.toLowerCase(Locale.ROOT)));
        }
    }

    @Provide
    Arbitrary<Name> names() {
        List<Arbitrary<Name>> kinds = new ArrayList<>();
        SPACED.forEach((script, letters) -> kinds.add(spaced(script, Arbitraries.strings().withChars(letters)
                .ofMinLength(3).ofMaxLength(9))));
        kinds.add(spaced("Devanagari", Combinators.combine(Arbitraries.of(chars(DEVANAGARI_CONSONANTS)),
                Arbitraries.of(chars(DEVANAGARI_SIGNS))).as((c, s) -> c + s).list().ofMinSize(2).ofMaxSize(4)
                .map(parts -> String.join("", parts))));
        kinds.add(unspaced("Han", Arbitraries.strings().withChars(HAN).ofMinLength(2).ofMaxLength(4).map(List::of)));
        kinds.add(unspaced("Hangul", Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(2).ofMaxLength(4)
                .map(List::of)));
        kinds.add(unspaced("Katakana", Arbitraries.strings().withChars(KATAKANA).ofMinLength(3).ofMaxLength(6).map(List::of)));
        kinds.add(unspaced("Hiragana", Arbitraries.strings().withChars(HIRAGANA).ofMinLength(3).ofMaxLength(6).map(List::of)));
        Arbitrary<String> thaiWord = Combinators.combine(Arbitraries.of(chars(THAI_CONSONANTS)), Arbitraries.of(chars(THAI_VOWELS)))
                .as((c, v) -> v.matches("[เแโ]") ? v + c : c + v).list().ofMinSize(2).ofMaxSize(3).map(p -> String.join("", p));
        kinds.add(unspaced("Thai", thaiWord.list().ofSize(2)));
        return Arbitraries.oneOf(kinds);
    }

    private static Arbitrary<Name> spaced(String script, Arbitrary<String> word) {
        return word.list().ofMinSize(2).ofMaxSize(3).map(words -> new Name(words.stream().map(NameMatchingProperties::capitalised)
                .toList(), script, false));
    }

    private static Arbitrary<Name> unspaced(String script, Arbitrary<List<String>> words) {
        return words.map(w -> new Name(w, script, true));
    }

    @Property(tries = 200)
    void aNameAsWrittenIsCaughtInAPage(@ForAll("names") Name name) {
        assertCaught(name, page(name, name.written()));
    }

    @Property(tries = 200)
    void aNameInOtherCaseIsCaught(@ForAll("names") Name name, @ForAll boolean upper) {
        String written = upper ? name.written().toUpperCase(Locale.ROOT) : name.written().toLowerCase(Locale.ROOT);
        assertCaught(name, page(name, written));
    }

    @Property(tries = 200)
    void aDecomposedOrCompatibilityFormIsCaught(@ForAll("names") Name name, @ForAll boolean compatibility) {
        String written = Normalizer.normalize(name.written(), compatibility ? Normalizer.Form.NFKD : Normalizer.Form.NFD);
        assertCaught(name, page(name, written));
    }

    @Property(tries = 200)
    void invisibleCharactersInsideTheNameDoNotHideIt(@ForAll("names") Name name, @ForAll @IntRange(min = 0, max = 1000) int seed) {
        StringBuilder written = new StringBuilder();
        String plain = name.written();
        int k = 0;
        for (int i = 0; i < plain.length(); ) {
            int c = plain.codePointAt(i);
            i += Character.charCount(c);
            written.appendCodePoint(c);
            if (i < plain.length() && (seed + k++) % 3 == 0 && !Character.isWhitespace(plain.codePointAt(i))
                    && Character.getType(plain.codePointAt(i)) != Character.NON_SPACING_MARK) {
                written.append(IGNORABLES.charAt((seed + k) % IGNORABLES.length()));
            }
        }
        assertCaught(name, page(name, written.toString()));
    }

    @Property(tries = 200)
    void familyNameFirstOrWithACommaIsCaught(@ForAll("names") Name name, @ForAll boolean comma) {
        List<String> reversed = new ArrayList<>(name.words());
        java.util.Collections.reverse(reversed);
        String separator = name.unspaced() && !name.script().equals("Thai") ? "" : comma ? ", " : " ";
        assertCaught(name, page(name, String.join(separator, reversed)));
    }

    @Property(tries = 200)
    void diacriticsLeftOutDoNotHideTheName(@ForAll("names") Name name) {
        Assume.that(name.script().equals("Latin") || name.script().equals("Greek") || name.script().equals("Cyrillic"));
        assertCaught(name, page(name, withoutDiacritics(name.written())));
    }

    @Property(tries = 200)
    void aNameWrittenWithCharacterReferencesOrInsideInlineMarkupIsCaught(@ForAll("names") Name name, @ForAll boolean tags) {
        String first = name.words().get(0);
        int cut = first.offsetByCodePoints(0, 1);
        String rest = first.substring(cut);
        String word = tags ? "<b>" + first.substring(0, cut) + "</b><span>" + rest + "</span>"
                : "&#x" + Integer.toHexString(first.codePointAt(0)) + ";" + rest;
        List<String> words = new ArrayList<>(name.words());
        words.set(0, word);
        assertCaught(name, page(name, String.join(name.unspaced() && !name.script().equals("Thai") ? "" : " ", words)));
    }

    @Property(tries = 200)
    void aNameEscapedInALinkIsCaught(@ForAll("names") Name name) {
        String escaped = java.net.URLEncoder.encode(name.written(), StandardCharsets.UTF_8).replace("+", "%20");
        assertCaught(name, "<p><a href=\"https://example.com/people/" + escaped + "\">a profile</a></p>");
    }

    @Property(tries = 200)
    void aNameInAFileNameIsCaught(@ForAll("names") Name name) {
        String path = "cases/x/" + name.written().replace(' ', '-') + ".png";
        ProblemCollector problems = new ProblemCollector();
        guard(name).check(List.of(new OutputFile(path, new byte[]{0})), problems);
        assertTrue(problems.hasErrors(), path);
    }

    @Property(tries = 200)
    void theWordsOfANameApartFromEachOtherAreNotTheName(@ForAll("names") Name name) {
        Assume.that(!name.unspaced());
        String text = name.words().get(0) + " wrote to the committee; the reply came from " + name.words().get(1) + ".";
        assertNotCaught(name, page(name, text));
    }

    @Property(tries = 200)
    void aWordThatOnlyStartsLikeANameIsNotTheName(@ForAll("names") Name name) {
        Assume.that(!name.unspaced());
        // A name whose words repeat once folded ("Ann Ann Ann", Arabic "ااأ ااا") still appears whole in
        // the altered text: the guard looks for the name's distinct words side by side.
        Assume.that(name.words().stream().map(NameMatchingProperties::crudeFold).distinct().count() == name.words().size());
        List<String> longer = new ArrayList<>(name.words());
        longer.set(longer.size() - 1, longer.get(longer.size() - 1) + "x");
        List<String> earlier = new ArrayList<>(name.words());
        earlier.set(0, "x" + earlier.get(0).toLowerCase(Locale.ROOT));
        assertNotCaught(name, page(name, String.join(" ", longer) + " and " + String.join(" ", earlier)));
    }

    @Property(tries = 200)
    void ordinaryProseIsNotAName(@ForAll("names") Name name, @ForAll("prose") String prose) {
        Assume.that(!crudeFold(prose).contains(crudeFold(name.words().get(0))));
        assertNotCaught(name, page(name, prose));
    }

    /**
     * A one-word name that is a common word does not make a site unbuildable: it is not looked for
     * in pages, stylesheets or scripts, which the theme writes, and in content only capitalised.
     */
    @Property(tries = 200)
    void aOneWordNameThatIsACommonWordIsNotFoundInThemeFilesOrLowerCase(@ForAll("commonWord") String word) {
        PrivacyGuard guard = new PrivacyGuard(List.of(new WithheldName(word, "answers/a.md", word.charAt(0) + ".")));
        ProblemCollector problems = new ProblemCollector();
        guard.check(List.of(
                new OutputFile("index.html", ("<nav><a href=\"p2\">" + word + " 2</a></nav><p>" + word + "</p>").getBytes(StandardCharsets.UTF_8)),
                new OutputFile("assets/css/site.css", ("." + word + " { color: red } /* " + word + " */").getBytes(StandardCharsets.UTF_8)),
                new OutputFile("assets/js/search-engine.js", ("var " + word + " = '" + word + "';").getBytes(StandardCharsets.UTF_8)),
                new OutputFile("search/index.js", ("the " + word.toLowerCase(Locale.ROOT) + " of it").getBytes(StandardCharsets.UTF_8))),
                problems);
        assertEquals(List.of(), problems.report().formatLines());
    }

    @Property(tries = 100)
    void aOneWordNameIsFoundCapitalisedInContentText(@ForAll("commonWord") String word) {
        PrivacyGuard guard = new PrivacyGuard(List.of(new WithheldName(word, "answers/a.md", word.charAt(0) + ".")));
        ProblemCollector problems = new ProblemCollector();
        guard.check(List.of(new OutputFile("search/index.js", ("As " + word + " said.").getBytes(StandardCharsets.UTF_8))), problems);
        assertTrue(problems.hasErrors());
    }

    @Provide
    Arbitrary<String> commonWord() {
        return Arbitraries.of(COMMON_WORDS);
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of("The committee met on Tuesday to discuss the prize.",
                        "Открытые конкурсы дешевле найма.", "Η ομάδα συζήτησε το βραβείο.", "الجائزة أرخص من التوظيف",
                        "הפרס זול יותר מגיוס", "पुरस्कार भर्ती से सस्ता है", "我们讨论了奖金和开源。", "상금은 채용보다 저렴합니다",
                        "รางวัลถูกกว่าการจ้างงาน", "オープンソースの賞について話した。", "Page 2 of 5 · Next · Search · Home")
                .list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
    }

    private static String crudeFold(String text) {
        return withoutDiacritics(text).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
    }

    private static String page(Name name, String written) {
        String before = name.unspaced() ? "前文" : "As";
        String after = name.unspaced() ? "后文" : "said";
        return "<!doctype html><html><body><main><p>" + before + (name.unspaced() ? "" : " ") + written
                + (name.unspaced() ? "" : " ") + after + ", the prize is cheaper.</p></main></body></html>";
    }

    private static PrivacyGuard guard(Name name) {
        return new PrivacyGuard(List.of(new WithheldName(name.written(), "answers/a.md", "X. Y.")));
    }

    private static void assertCaught(Name name, String html) {
        ProblemCollector problems = new ProblemCollector();
        guard(name).check(List.of(new OutputFile("page.html", html.getBytes(StandardCharsets.UTF_8))), problems);
        assertTrue(problems.hasErrors(), name.script() + " name '" + name.written() + "' " + codes(name.written())
                + " not caught in: " + html + " " + codes(html));
    }

    private static void assertNotCaught(Name name, String html) {
        ProblemCollector problems = new ProblemCollector();
        guard(name).check(List.of(new OutputFile("page.html", html.getBytes(StandardCharsets.UTF_8))), problems);
        assertEquals(List.of(), problems.report().formatLines(), name.written() + " wrongly found in: " + html);
    }

    private static String codes(String text) {
        return text.codePoints().mapToObj(c -> c < 0x80 ? String.valueOf((char) c) : String.format("U+%04X", c))
                .collect(Collectors.joining(" ", "[", "]"));
    }

    private static String capitalised(String word) {
        return new String(Character.toChars(Character.toUpperCase(word.codePointAt(0)))) + word.substring(Character.charCount(word.codePointAt(0)));
    }

    /** The test's own transliteration: marks removed after decomposition, and the letters that do not decompose. */
    private static String withoutDiacritics(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
                .replace("Đ", "D").replace("æ", "ae").replace("Æ", "Ae").replace("œ", "oe").replace("Œ", "Oe")
                .replace("ı", "i");
    }

    private static List<String> chars(String letters) {
        return letters.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
}
