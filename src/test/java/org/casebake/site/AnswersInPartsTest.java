package org.casebake.site;

import org.casebake.testing.BuiltSite;
import org.casebake.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample's answers 02, 03, 07 and 14 answer the questions in turn and are marked in parts: a
 * question page shows only the passage that answers it, with links to the other passages on their
 * pages; each passage is shown in full on that one page, and every other answer is shown whole.
 */
class AnswersInPartsTest {

    private static final String CASE = "cases/netflix-oss-prize/";

    /** The first words of each marked passage of answer-14, by question. */
    private static final Map<String, String> ANSWER_14 = Map.of(
            "q1", "Open / crowd sourcing, versus in-house",
            "q2", "I see it continuing in the same direction",
            "q3", "Strengths: For small, compartmentalized tasks");

    @TempDir
    static Path work;

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        SiteFixture sample = SiteFixture.sample(work);
        sample.build();
        site = sample.site();
    }

    private static Document questionPage(String id) {
        return site.html(CASE + "questions/" + id + "/index.html");
    }

    private static Element answerShowing(Document page, String words) {
        List<Element> found = page.select("article.answer").stream().filter(a -> a.text().contains(words)).toList();
        assertEquals(1, found.size(), () -> "one answer on " + page.location() + " shows \"" + words + "\"");
        return found.get(0);
    }

    @Test
    void aQuestionPageShowsOnlyThePassageThatAnswersIt() {
        for (String question : ANSWER_14.keySet()) {
            Element shown = answerShowing(questionPage(question), ANSWER_14.get(question));
            for (Map.Entry<String, String> other : ANSWER_14.entrySet()) {
                if (!other.getKey().equals(question)) {
                    assertFalse(shown.text().contains(other.getValue()), question + " shows the part for " + other.getKey());
                }
            }
            assertNotNull(shown.selectFirst(".answer-part-more a"), "a link to the answer's other parts");
        }
        assertTrue(answerShowing(questionPage("q3"), ANSWER_14.get("q3")).text().contains("Weaknesses: exposes"),
                "a part runs to the next marker or the end: q3's part holds its second paragraph");
    }

    @Test
    void theLinksLeadToTheAnswersOtherPartsOnTheirPages() {
        for (String question : List.of("q1", "q2", "q3")) {
            Document page = questionPage(question);
            for (Element part : page.select("article.answer:has(.answer-part-more)")) {
                List<String> hrefs = part.select(".answer-part-more a").eachAttr("href");
                assertFalse(hrefs.isEmpty(), part.id() + " on " + question);
                for (String href : hrefs) {
                    URI target = URI.create(CASE + "questions/" + question + "/index.html").resolve(href);
                    assertFalse(target.getPath().equals(CASE + "questions/" + question + "/index.html"), "a link to another page: " + href);
                    Element other = site.html(target.getPath()).getElementById(target.getFragment());
                    assertNotNull(other, href + " from " + question + " leads to an answer");
                    assertEquals(part.id(), other.id(), "the same answer");
                    assertFalse(other.selectFirst(".answer-body").text().equals(part.selectFirst(".answer-body").text()),
                            "another part of it");
                }
            }
        }
    }

    @Test
    void eachPartIsShownInFullOnExactlyOnePage() {
        for (String words : ANSWER_14.values()) {
            List<String> pages = site.pages().stream()
                    .filter(p -> site.html(p).select(".answer-body").stream().anyMatch(b -> b.text().contains(words))).toList();
            assertEquals(1, pages.size(), words + " is shown in full on " + pages);
        }
    }

    @Test
    void exactlyTheMarkedAnswersAreShownInParts() {
        // Written by hand from the sample: 02 answers q1 and q3, the other three all three questions.
        Map<String, Integer> expected = new TreeMap<>(Map.of("q1", 4, "q2", 3, "q3", 4));
        Map<String, Integer> found = new TreeMap<>();
        for (String question : expected.keySet()) {
            Document page = questionPage(question);
            found.put(question, page.select("article.answer .answer-part-more").size());
            assertEquals(page.select("article.answer").size() - found.get(question),
                    page.select("article.answer:not(:has(.answer-part-more))").size());
        }
        assertEquals(expected, found);
    }

    @Test
    void theCasePageShowsNoPartInFull() {
        Document casePage = site.html(CASE + "index.html");
        assertTrue(casePage.select("article.answer").isEmpty(), "answers are shown in full on their question pages");
        ANSWER_14.values().forEach(words -> assertFalse(casePage.select(".answer-body").text().contains(words), words));
    }

    @Test
    void quotesInAPartAreMarkedAsInTheWholeAnswer() {
        Element shown = answerShowing(questionPage("q3"), ANSWER_14.get("q3"));
        List<String> marks = shown.select("mark.quote").eachText();
        assertTrue(marks.contains("exposes infrastructure code to the public, creating potential security issues"),
                marks::toString);
    }
}
