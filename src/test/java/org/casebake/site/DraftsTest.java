package org.casebake.site;

import org.casebake.model.Audience;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft case is left out of the site, with its answers, unless the build asks for drafts. The
 * student site without drafts is pinned in {@code src/test/resources/sites/drafts/expected}.
 */
class DraftsTest {

    private static final String DRAFT_SLUG = "unfinished-merger";
    private static final String DRAFT_PAGE = "cases/" + DRAFT_SLUG + "/index.html";
    /** A word only the draft case and its answer use. */
    private static final String DRAFT_WORD = "zeppelin";

    @TempDir
    static Path publicWork;
    @TempDir
    static Path previewWork;

    private static SiteFixture publicBuild;
    private static BuiltSite published;
    private static BuiltSite preview;

    @BeforeAll
    static void buildWithAndWithoutDrafts() {
        publicBuild = SiteFixture.of("drafts", publicWork);
        publicBuild.build();
        published = publicBuild.site();
        SiteFixture previewBuild = SiteFixture.of("drafts", previewWork);
        previewBuild.build(Audience.STUDENT, true);
        preview = previewBuild.site();
    }

    @Test
    void theSiteWithoutDraftsMatchesTheExpectedFiles() {
        GoldenFiles.assertSameFiles(TestFolders.testResource("sites/drafts").resolve("expected"), publicBuild.output());
    }

    @Test
    void withoutDraftsTheDraftCaseAppearsNowhere() {
        assertEquals(List.of(), published.whereFound(DRAFT_SLUG));
        assertEquals(List.of(), published.whereFound(DRAFT_WORD));
        assertEquals(List.of("A prize for open-source code"), published.html("index.html").select(".card h3 a").eachText());
    }

    @Test
    void withDraftsTheDraftCaseHasItsPageMarkedAsDraft() {
        Document page = preview.html(DRAFT_PAGE);
        assertEquals("An unfinished merger of zeppelin makers Draft", page.selectFirst("h1").text());
        assertEquals(List.of("Draft"), page.select("h1 .badge-draft").eachText());
        assertEquals(1, preview.answers(DRAFT_SLUG).size(), "the draft case's answer is shown on its question page");
    }

    @Test
    void withDraftsTheHomePageListsTheDraftCaseMarkedAsDraft() {
        Document home = preview.html("index.html");
        assertEquals(List.of("An unfinished merger of zeppelin makers", "A prize for open-source code"),
                home.select(".card h3 a").eachText());
        assertEquals(List.of("Draft"), home.select(".card .badge-draft").eachText());
    }

    @Test
    void withDraftsEveryPageSaysItIsAPreview() {
        for (String page : preview.pages()) {
            assertEquals(List.of("Preview with drafts. Draft cases and comparisons are shown."),
                    preview.html(page).select(".drafts-banner").eachText(), page);
        }
        assertTrue(preview.text("sitemap.xml").contains(DRAFT_SLUG), "the preview's sitemap lists the draft");
    }
}
