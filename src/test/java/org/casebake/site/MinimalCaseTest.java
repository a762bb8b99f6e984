package org.casebake.site;

import org.casebake.build.BuildResult;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.casebake.testing.VisibleText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smallest useful site: one case with one question and two answers, one of them featured.
 * Its whole output is pinned in {@code src/test/resources/sites/minimal-case/expected}.
 */
class MinimalCaseTest {

    private static final String CASE_PAGE = "cases/open-source-prize/index.html";
    /** The page of the case's one question: where its answers are shown in full. */
    private static final String QUESTION_PAGE = "cases/open-source-prize/questions/q1/index.html";

    @TempDir
    static Path work;

    private static SiteFixture fixture;
    private static BuildResult result;

    @BeforeAll
    static void build() {
        fixture = SiteFixture.of("minimal-case", work);
        result = fixture.build();
    }

    @Test
    void theWholeSiteMatchesTheExpectedFiles() {
        GoldenFiles.assertSameFiles(TestFolders.testResource("sites/minimal-case").resolve("expected"), fixture.output());
    }

    @Test
    void theBuildCountsOneCaseAndTwoAnswers() {
        assertEquals(1, result.cases());
        assertEquals(2, result.answers());
        assertEquals(fixture.site().pages().size(), result.pages());
    }

    @Test
    void theFeaturedAnswerComesFirstAndIsMarked() {
        Document page = fixture.site().html(QUESTION_PAGE);
        List<Element> answers = page.select("article.answer");
        assertEquals(List.of("A. L.", "G. H."), answers.stream().map(a -> VisibleText.of(a.selectFirst(".answer-author"))).toList());
        assertTrue(answers.get(0).hasClass("featured"), "the featured answer carries the class 'featured'");
        assertEquals(List.of("Featured"), page.select("article.answer .badge-featured").eachText());
        assertTrue(answers.get(0).select(".badge-featured").size() == 1, "the badge belongs to the first answer");
    }

    @Test
    void theCasePageShowsTheFeaturedAnswerAsAnExcerptLinkingToItsPage() {
        Document page = fixture.site().html(CASE_PAGE);
        assertTrue(page.select("article.answer").isEmpty(), "the case page shows no answer in full");
        assertEquals(List.of("questions/q1/index.html#answer-85951f7834"),
                page.select("#q1 .answer-excerpt-head > a").eachAttr("href").stream()
                        .map(href -> href.substring(href.indexOf("questions/"))).toList());
    }

    @Test
    void everyAnswerHasAStableAnchorThatNamesNoStudent() {
        // SHA-256 of "fixture-salt\n" + the answer's path, first ten hex digits, worked out apart from
        // Casebake (printf 'fixture-salt\ncontent/cases/open-source-prize/answers/answer-a.md' | sha256sum).
        assertEquals(List.of("answer-85951f7834", "answer-f1357cc530"), anchors(fixture.site()));
    }

    @Test
    void anchorsStayTheSameAcrossBuildsInAnotherFolderAndAfterTheAnswersChange(@TempDir Path elsewhere) {
        SiteFixture second = SiteFixture.of("minimal-case", elsewhere);
        second.replace("content/cases/open-source-prize/answers/answer-b.md", "easy to recruit", "easy to hire");
        second.write("content/cases/open-source-prize/answers/answer-0.md",
                "---\nauthor: \"Alan Turing\"\nquestions: [q1]\n---\n\nA third answer, filed first.\n");
        second.build();
        second.build();
        List<String> anchors = anchors(second.site());
        assertEquals(3, anchors.size(), anchors.toString());
        assertTrue(anchors.containsAll(anchors(fixture.site())), "the two answers keep their anchors: " + anchors);
    }

    private static List<String> anchors(BuiltSite site) {
        List<String> anchors = site.html(QUESTION_PAGE).select("article.answer").eachAttr("id");
        assertTrue(anchors.size() >= 2, "the question page shows its answers: " + anchors);
        return anchors;
    }
}
