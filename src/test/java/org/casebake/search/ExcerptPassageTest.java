package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The excerpt a result shows, as the browser cuts it ({@code passage} in search-engine.js), tried on
 * generated texts full of markup characters, accents, stop words and punctuation: it is a passage of
 * the text holding the best match there is, every matched word in it is marked whole, and the text
 * reaches the page as text, never as markup.
 */
class ExcerptPassageTest {

    /** The most words an excerpt shows (EXCERPT_WORDS in search-engine.js). */
    private static final int WORDS = 30;
    private static final List<String> VOCABULARY = List.of("blockchain", "ledgers", "Café", "café", "naïve", "trust",
            "trusted", "firms", "the", "and", "of", "a", "it's", "don't", "R&D", "AT&T", "co-op", "3.5", "e.g.",
            "<b>bold</b>", "<script>alert(1)</script>", "\"quoted\"", "'single'", "x<y", "a>b", "&amp;", "Zoë",
            "ÅNGSTRÖM", "routing", "routes", "innovation", "innovators", "😀");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", ", ", ". ", " — ", " (", ") ", "; ", " & ",
            " <> ", " \"");
    private static final List<String> QUERY_WORDS = List.of("blockchain", "ledger", "cafe", "naive", "trust", "firm",
            "rout", "innovate", "angstrom", "zoe", "quoted", "bold", "script", "alert");

    private static Path site;
    private static BrowserSession browser;

    @BeforeContainer
    static void startBrowserOnAPageWithSearch() throws IOException {
        site = Files.createTempDirectory("casebake-excerpts-");
        FixtureSite.writeShell(site, new SearchIndexBuilder().build(FixtureSite.items()));
        browser = new BrowserSession();
        browser.open(site.resolve("index.html").toUri().toString());
        browser.asyncScript("var done = arguments[arguments.length - 1]; CasebakeSearch.ready().then(done, done);");
    }

    @AfterContainer
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(site)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Property(tries = 200)
    void theExcerptIsAPassageOfTheTextWithTheBestMatchEveryMatchMarkedWhole(
            @ForAll("texts") String text, @ForAll("queries") List<String> query) {
        Cut cut = Cut.of(text, query);
        // The excerpt is one passage of the text, with an ellipsis where it starts or ends inside it.
        int start = cut.passageStart();
        String passage = cut.passage();
        assertTrue(start >= 0, "not a passage of the text: [" + cut.textContent() + "] of [" + text + "]");
        assertEquals(start > 0, cut.ellipsisBefore(), "the ellipsis before [" + passage + "] of [" + text + "]");
        assertEquals(start + passage.length() < text.length(), cut.ellipsisAfter(), "the ellipsis after");
        // Every mark is one whole word of the text whose term the query matched...
        Map<Integer, Cut.Token> byStart = new HashMap<>();
        cut.tokens().forEach(t -> byStart.put(t.s(), t));
        Set<Integer> markedStarts = new HashSet<>();
        for (int[] mark : cut.marks()) {
            Cut.Token token = byStart.get(mark[0]);
            assertTrue(token != null && token.e() == mark[1], "a mark that is not one whole word: "
                    + text.substring(mark[0], mark[1]) + " in [" + text + "]");
            assertTrue(cut.terms().contains(token.t()), "a word marked that the query does not match: " + token);
            markedStarts.add(mark[0]);
        }
        // ... and every such word in the passage is marked.
        for (Cut.Token token : cut.tokens()) {
            boolean inside = token.s() >= start && token.e() <= start + passage.length();
            if (inside && cut.terms().contains(token.t())) {
                assertTrue(markedStarts.contains(token.s()), "a matched word left unmarked: " + token);
            }
        }
        // The passage spans at most WORDS words and holds as many different matched terms as the best window.
        List<Cut.Token> within = cut.tokens().stream()
                .filter(t -> t.s() >= start && t.e() <= start + passage.length()).toList();
        if (!within.isEmpty()) {
            assertTrue(within.get(within.size() - 1).p() - within.get(0).p() < WORDS, "longer than " + WORDS + " words");
        }
        assertEquals(cut.bestDistinct(WORDS), within.stream().map(Cut.Token::t).filter(cut.terms()::contains)
                .distinct().count(), "the excerpt misses the best match in [" + text + "] for " + query);
    }

    @Property(tries = 100)
    void studentTextReachesThePageAsTextWhateverItHolds(@ForAll("texts") String text,
                                                        @ForAll("queries") List<String> query) {
        Cut cut = Cut.of(text, query);
        StringBuilder expected = new StringBuilder();
        for (List<String> child : cut.children()) {
            String escaped = escapeText(child.get(1));
            expected.append(child.get(0).equals("#text") ? escaped : "<mark class=\"cb-search-hit\">" + escaped + "</mark>");
            assertTrue(List.of("#text", "MARK").contains(child.get(0)), "an element in the excerpt: " + child.get(0));
        }
        assertEquals(expected.toString(), cut.html());
        assertEquals(0, cut.elementsInMarks(), "marks hold text only");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of(VOCABULARY);
        Arbitrary<String> separator = Arbitraries.of(SEPARATORS);
        return Combinators.combine(word, separator).as((w, s) -> w + s).list().ofMinSize(0).ofMaxSize(90)
                .map(parts -> String.join("", parts).strip());
    }

    @Provide
    Arbitrary<List<String>> queries() {
        return Arbitraries.of(QUERY_WORDS).list().ofMinSize(1).ofMaxSize(3);
    }

    private static String escapeText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\u00A0", "&nbsp;");
    }

    /** What the browser made of one text and query. */
    private record Cut(String text, Map<String, Object> result) {

        record Token(String t, int p, int s, int e) {
        }

        private static final String SCRIPT = """
                var text = arguments[0], words = arguments[1], terms = [];
                words.forEach(function (w) { CasebakeSearch.analyze(w).forEach(function (t) { terms.push(t.t); }); });
                var node = CasebakeSearch.excerpt(text, terms);
                return {
                  terms: terms,
                  tokens: CasebakeSearch.analyze(text).map(function (t) { return [t.t, t.p, t.s, t.e]; }),
                  html: node.innerHTML,
                  text: node.textContent,
                  children: Array.from(node.childNodes).map(function (c) { return [c.nodeName, c.textContent]; }),
                  inMarks: node.querySelectorAll('mark *').length
                };""";

        @SuppressWarnings("unchecked")
        static Cut of(String text, List<String> query) {
            return new Cut(text, (Map<String, Object>) browser.script(SCRIPT, text, query));
        }

        @SuppressWarnings("unchecked")
        Set<String> terms() {
            return new HashSet<>((List<String>) result.get("terms"));
        }

        @SuppressWarnings("unchecked")
        List<Token> tokens() {
            return ((List<List<Object>>) result.get("tokens")).stream().map(t -> new Token((String) t.get(0),
                    ((Number) t.get(1)).intValue(), ((Number) t.get(2)).intValue(), ((Number) t.get(3)).intValue()))
                    .toList();
        }

        String html() {
            return (String) result.get("html");
        }

        String textContent() {
            return (String) result.get("text");
        }

        long elementsInMarks() {
            return ((Number) result.get("inMarks")).longValue();
        }

        @SuppressWarnings("unchecked")
        List<List<String>> children() {
            return (List<List<String>>) result.get("children");
        }

        // The generated texts hold no ellipsis, so one at either end is the cut's.
        boolean ellipsisBefore() {
            return textContent().startsWith("…");
        }

        boolean ellipsisAfter() {
            return textContent().length() > 1 && textContent().endsWith("…");
        }

        /** The excerpt without the ellipses the cut added at either end. */
        String passage() {
            String shown = textContent();
            return shown.substring(ellipsisBefore() ? 1 : 0, shown.length() - (ellipsisAfter() ? 1 : 0));
        }

        /** Where the passage starts in the text (where its first mark falls on a word), or -1. */
        int passageStart() {
            String passage = passage();
            List<int[]> marks = marksRelative();
            for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
                int from = at;
                if (marks.isEmpty() || tokens().stream().anyMatch(t -> t.s() == from + marks.get(0)[0])) {
                    return at;
                }
            }
            return -1;
        }

        /** The marks' offsets within the passage. */
        private List<int[]> marksRelative() {
            List<int[]> out = new ArrayList<>();
            int at = ellipsisBefore() ? -1 : 0;
            for (List<String> child : children()) {
                if (child.get(0).equals("MARK")) {
                    out.add(new int[] {at, at + child.get(1).length()});
                }
                at += child.get(1).length();
            }
            return out;
        }

        /** The marks' offsets within the text. */
        List<int[]> marks() {
            int start = passageStart();
            return marksRelative().stream().map(m -> new int[] {start + m[0], start + m[1]}).toList();
        }

        /** The most different matched terms any window of the given number of words holds. */
        long bestDistinct(int size) {
            Set<String> terms = terms();
            List<Token> tokens = tokens();
            long best = 0;
            for (Token first : tokens) {
                best = Math.max(best, tokens.stream().filter(t -> t.p() >= first.p() && t.p() < first.p() + size)
                        .map(Token::t).filter(terms::contains).distinct().count());
            }
            return best;
        }
    }
}
