package org.casebake.parse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where {@link PlainMarkdownHtml} writes a text's HTML, it writes what flexmark's renderer writes, byte
 * for byte: for texts built from the pieces Markdown gives meaning to (emphasis markers, code spans,
 * backslashes, character references, heading, quote and list markers, indents, trailing spaces, tabs,
 * carriage returns, characters HTML escapes) and from constructs it leaves to flexmark (links, raw
 * HTML, code blocks, tables), mixed at random.
 */
class PlainMarkdownHtmlProperties {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new MarkdownHtmlCleaner());

    @Property(tries = 4000)
    void thePlainWriterWritesWhatFlexmarkWrites(@ForAll("markdown") String markdown) {
        MarkdownRenderer.Comparison written = RENDERER.compareWriters(markdown, "answer-7-");
        Statistics.label("written by").collect(written.plain().isPresent() ? "plain writer" : "flexmark");
        // Both writers must meet often enough for the comparison to mean something.
        Statistics.label("written by").coverage(checker -> checker.check("plain writer").percentage(p -> p > 20));
        written.plain().ifPresent(plain -> assertEquals(written.flexmark(), plain, () -> "for " + quoted(markdown)));
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.strings().withChars("abcxyz").ofMinLength(1).ofMaxLength(8)),
                Tuple.of(6, Arbitraries.of(" ", "  ", "   ", "\t", "\n", "\n", "\n\n", "\r\n", "\r", "  \n", "\\\n", "\\")),
                Tuple.of(4, Arbitraries.of("*", "**", "_", "__", "***", "`", "``", "~", "~~", "\\*", "\\_", "\\`", "\\\\", "\\#")),
                Tuple.of(4, Arbitraries.of("&", "&amp;", "&copy;", "&#35;", "&#x41;", "&bogus;", "&#0;", "<", ">", "\"", "'",
                        "\u0000", "é", "’", "日本", "\u00a0", "\ud83d\ude00")),
                Tuple.of(3, Arbitraries.of("# ", "## ", "###### ", "####### ", "> ", ">", "---", "***", "___", "===", "- - -")),
                Tuple.of(3, Arbitraries.of("\n- ", "\n* ", "\n+ ", "\n1. ", "\n2) ", "\n3. ", "\n  - ", "\n   1. ", "\n    - ",
                        "\n\n- ", "\n\n  ", "\n- [ ] ", "\n-\n")),
                Tuple.of(1, Arbitraries.of("\n    code", "\n```\nfence\n```\n", "[link](http://x.y)", "<b>", "<!-- note -->", "![alt](p.png)", "| a | b |", "http://x.y", "a@b.c",
                        "[^1]", "[ref]: /u")));
        return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 500)
    void proseIsWrittenByThePlainWriter(@ForAll("prose") String markdown) {
        MarkdownRenderer.Comparison written = RENDERER.compareWriters(markdown, "");
        assertEquals(written.flexmark(), written.plain().orElseThrow(() -> new AssertionError("left to flexmark: " + quoted(markdown))));
    }

    /** Paragraphs, headings, quotes and lists (nested, tight and loose) of words with emphasis and code: what the plain writer is for. */
    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghij").ofMinLength(1).ofMaxLength(8)
                .flatMap(w -> Arbitraries.of(w, w + "’s", "n’" + w));
        Arbitrary<String> inline = Arbitraries.oneOf(word, word, word, word.map(w -> "*" + w + "*"),
                word.map(w -> "**" + w + "**"), word.map(w -> "`" + w + "`"), word.map(w -> "_" + w + "_"));
        Arbitrary<String> line = inline.list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words));
        Arbitrary<String> items = line.list().ofMinSize(1).ofMaxSize(4).flatMap(l -> Arbitraries.of("- ", "* ", "1. ", "4. ")
                .flatMap(marker -> Arbitraries.of("\n", "\n\n").map(gap -> marker + String.join(gap + marker, l))));
        Arbitrary<String> block = Arbitraries.oneOf(line, line.list().ofMinSize(2).ofMaxSize(3).map(l -> String.join("\n", l)),
                line.map(l -> "## " + l), line.map(l -> "> " + l), Arbitraries.just("---"), items,
                Combinators.combine(line, items).as((l, i) -> "- " + l + "\n" + i.indent(2).stripTrailing()));
        return block.list().ofMinSize(1).ofMaxSize(6).map(blocks -> String.join("\n\n", blocks));
    }

    private static String quoted(String markdown) {
        return "\"" + markdown.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
