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
        Document page = fixture.site().html(CASE_PAGE);
        List<Element> answers = page.select("article.answer");
        assertEquals(List.of("A. L.", "G. H."), answers.stream().map(a -> VisibleText.of(a.selectFirst(".answer-author"))).toList());
        assertTrue(answers.get(0).hasClass("featured"), "the featured answer carries the class 'featured'");
        assertEquals(List.of("Featured"), page.select("article.answer .badge-featured").eachText());
        assertTrue(answers.get(0).select(".badge-featured").size() == 1, "the badge belongs to the first answer");
    }

    @Test
    void everyAnswerHasAStableAnchorThatNamesNoStudent() {
        BuiltSite site = fixture.site();
        for (Element answer : site.html(CASE_PAGE).select("article.answer")) {
            assertTrue(answer.id().matches("answer-[0-9a-f]{10}"), "anchor " + answer.id());
        }
    }
}
