package org.casebake.site;

import org.casebake.testing.BuiltSite;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.VisibleText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replies ({@code replyTo}): the minimal case with three more answers, one replying to a published
 * answer, one to a pending one and one to a rejected one. Only the first says whom it replies to;
 * of the others, nothing about the answer replied to reaches the site.
 */
class AnswerRepliesTest {

    private static final String ANSWERS = "content/cases/open-source-prize/answers/";
    private static final String QUESTION_PAGE = "cases/open-source-prize/questions/q1/index.html";

    @TempDir
    static Path work;

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        SiteFixture fixture = SiteFixture.of("minimal-case", work);
        fixture.write(ANSWERS + "answer-c.md", answer("Charles Babbage", "status: pending\n", "A pending thought."));
        fixture.write(ANSWERS + "answer-d.md", answer("Dorothy Vaughan", "replyTo: answer-c\n", "Replying to a pending answer."));
        fixture.write(ANSWERS + "answer-e.md", answer("Edsger Dijkstra", "replyTo: answer-b\n", "Replying to Grace's answer."));
        fixture.write(ANSWERS + "answer-f.md", answer("Frances Allen", "status: rejected\n", "Off topic."));
        fixture.write(ANSWERS + "answer-g.md", answer("Gladys West", "replyTo: answer-f\n", "Replying to a rejected answer."));
        fixture.build();
        site = fixture.site();
    }

    private static String answer(String author, String fields, String text) {
        return "---\nauthor: \"" + author + "\"\nquestions: [q1]\n" + fields + "---\n\n" + text + "\n";
    }

    @Test
    void aReplyToAPublishedAnswerNamesItAsShownAndLinksToIt() {
        Document html = site.html(QUESTION_PAGE);
        Element reply = article(html, "E. D.").selectFirst(".answer-reply");
        assertNotNull(reply);
        assertEquals("in reply to G. H.", VisibleText.of(reply));
        String target = article(html, "G. H.").id();
        assertEquals("https://site.invalid/" + QUESTION_PAGE + "#" + target,
                URI.create("https://site.invalid/" + QUESTION_PAGE).resolve(reply.selectFirst("a").attr("href")).toString(),
                reply.outerHtml());
        assertNotNull(site.html(QUESTION_PAGE).getElementById(target), "the link leads to the answer where it is shown in full");
    }

    @Test
    void aReplyToAnAnswerThatIsNotPublishedSaysNothingOfIt() {
        Document html = site.html(QUESTION_PAGE);
        assertNull(article(html, "D. V.").selectFirst(".answer-reply"), "replies to a pending answer");
        assertNull(article(html, "G. W.").selectFirst(".answer-reply"), "replies to a rejected answer");
        assertEquals(1, html.select(".answer-reply").size());
    }

    @Test
    void theAuthorsOfAnswersRepliedToButNotPublishedAppearNowhere() {
        for (String name : List.of("Charles Babbage", "Babbage", "Frances Allen")) {
            assertEquals(List.of(), site.whereFound(BuiltSite.asWords(name)), name);
        }
        for (String initials : List.of("C. B.", "F. A.")) {
            assertEquals(List.of(), site.whereFound(initials), initials);
        }
    }

    private static Element article(Document page, String author) {
        return page.select("article.answer").stream()
                .filter(a -> VisibleText.of(a.selectFirst(".answer-author")).equals(author))
                .findFirst().orElseThrow(() -> new AssertionError("no answer by " + author));
    }
}
