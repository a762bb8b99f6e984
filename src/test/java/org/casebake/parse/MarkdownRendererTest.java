package org.casebake.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Markdown dialect: CommonMark with GitHub tables, strikethrough and autolinks. Each extension
 * is only switched on for texts that could use it, so these pin down that every one still works,
 * alone and together.
 */
class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownHtmlCleaner());

    private String html(String text) {
        return markdown.render(text, "p-").html().strip();
    }

    @Test
    void aTableNeedsOnlyItsPipes() {
        assertEquals("<table>\n<thead>\n<tr><th>Side</th><th>Cost</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td>Open</td><td>Low</td></tr>\n</tbody>\n</table>", html("| Side | Cost |\n|---|---|\n| Open | Low |"));
    }

    @Test
    void strikethroughNeedsOnlyItsTildes() {
        assertEquals("<p>It was <del>cheap</del> costly.</p>", html("It was ~~cheap~~ costly."));
    }

    @Test
    void webAddressesAndMailAddressesBecomeLinksMarkedAsTheStudentsNotTheCourses() {
        assertEquals("<p>See <a href=\"https://netflix.com/prize\" rel=\"nofollow noopener\">https://netflix.com/prize</a>,"
                        + " <a href=\"http://www.example.com\" rel=\"nofollow noopener\">www.example.com</a> or"
                        + " <a href=\"mailto:prof@example.edu\" rel=\"nofollow noopener\">prof@example.edu</a>.</p>",
                html("See https://netflix.com/prize, www.example.com or prof@example.edu."));
    }

    @Test
    void everyExtensionWorksInOneText() {
        assertEquals("<p><del>old</del> <a href=\"https://a.example\" rel=\"nofollow noopener\">https://a.example</a></p>\n<table>\n<thead>\n"
                + "<tr><th>a</th></tr>\n</thead>\n<tbody>\n<tr><td>b</td></tr>\n</tbody>\n</table>",
                html("~~old~~ https://a.example\n\n| a |\n|---|\n| b |"));
    }

    @Test
    void plainProseStaysPlain() {
        assertEquals("<p>A prize of $1M: cheaper than hiring – or is it?</p>", html("A prize of $1M: cheaper than hiring – or is it?"));
    }

    @Test
    void headingsGetPrefixedIdsAndSplitTheText() {
        var text = markdown.render("Intro words.\n\n## The Prize\n\nPrize   words\nhere.", "text-");
        assertEquals("<p>Intro words.</p>\n<h2 id=\"text-the-prize\">The Prize</h2>\n<p>Prize   words\nhere.</p>",
                text.html().strip());
        assertEquals("Prize words here.", text.sections().get(1).text());
        assertEquals("text-the-prize", text.sections().get(1).anchor());
    }

    @Test
    void whiteSpaceCollapsesAsOneCharacterAtATimeWould() {
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'a', 'b', ' ', ' ', ' ', '\n', '\t', '\r', '\u00A0', '\u2003', '\u3000', '\u00E9'};
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(oneCharacterAtATime(text.toString()), MarkdownRenderer.collapse(text.toString()), text.toString());
        }
    }

    /** The plain definition: every run of white space becomes one space, none kept at either end. */
    private static String oneCharacterAtATime(String text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void theTextOfAnAnswerWithRawHtmlIsTheTextItsCleanedHtmlShows() {
        var text = markdown.render("Shown <script>alert('x')</script> words.\n\n<style>p{}</style>\n\n"
                + "<template><p>inert</p></template><noscript>fallback</noscript><p hidden>hidden</p><!-- note -->"
                + "<b>bold</b> &amp; <img src=\"a.png\" alt=\"a chart\">\n\n## Next\n\nMore <span>words</span>.", "p-");
        assertEquals("<p>Shown  words.</p>\n\n<p></p><b>bold</b> &amp; <img src=\"a.png\" alt=\"a chart\"><p></p>\n"
                + "<h2 id=\"p-next\">Next</h2>\n<p>More <span>words</span>.</p>", text.html().strip());
        assertEquals(List.of(new TextSection("", "", "Shown words. bold & a chart"), new TextSection("Next", "p-next", "More words.")),
                text.sections());
    }

    @Test
    void aMailAddressAloneBecomesALink() {
        assertEquals("<p>Write to <a href=\"mailto:prof@example.edu\" rel=\"nofollow noopener\">prof@example.edu</a>.</p>",
                html("Write to prof@example.edu."));
    }

    @Test
    void aMailAddressInATextThatOpensWithAnAtSignBecomesALink() {
        assertEquals("<p>@ann wrote to <a href=\"mailto:bob@example.org\" rel=\"nofollow noopener\">bob@example.org</a></p>",
                html("@ann wrote to bob@example.org"));
    }

    @Test
    void aWebAddressWithASchemeAloneBecomesALink() {
        assertEquals("<p>See <a href=\"https://netflix.com/prize\" rel=\"nofollow noopener\">https://netflix.com/prize</a>.</p>",
                html("See https://netflix.com/prize."));
    }

    @Test
    void aWebAddressWithoutASchemeAloneBecomesALink() {
        assertEquals("<p>See <a href=\"http://www.example.com\" rel=\"nofollow noopener\">www.example.com</a>.</p>",
                html("See www.example.com."));
    }

    @Test
    void aTextThatOpensWithAHeadingHasNoUntitledSectionAndKeepsAHeadingWithNothingUnderIt() {
        assertEquals(List.of(new TextSection("Only a title", "p-only-a-title", "")), markdown.render("# Only a title", "p-").sections());
        assertEquals(List.of(new TextSection("Raw title", "", "")), markdown.render("<h2>Raw title</h2>", "p-").sections(),
                "the same in raw HTML");
    }

    @Test
    void inlineElementsOfRawHtmlJoinTheirWordsAndALineBreakSeparatesThem() {
        assertEquals("Exactly so", markdown.render("Ex<em>act</em>ly<br>so", "p-").sections().get(0).text());
    }
}
