package org.casebake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.SiteFixture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path from a WordPress export to a published case: import, curate two answers by editing
 * their status, publish the case, build. Pending answers, the staff's and the spam comments stay off the site.
 */
class ImportBlogThenBuildTest {

    private static final String ANSWERS = "content/cases/zappos-offer/answers/";

    @TempDir
    Path work;

    @Test
    void anImportedPostWithTwoCuratedAnswersBuildsIntoAPublishedCase() throws URISyntaxException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        String export = Path.of(getClass().getClassLoader().getResource("authoring/blog/two-posts.xml").toURI())
                .toString();
        CliRun imported = CliRun.of("import-blog", export, "--post", "zappos-offer",
                "--source", site.source().toString());
        assertEquals(0, imported.exitCode(), imported.err());

        CliRun check = CliRun.of("check", "--source", site.source().toString());
        assertEquals(0, check.exitCode(), check.err() + check.out());

        site.replace(ANSWERS + "answer-01.md", "status: \"pending\"", "status: \"curated\"");
        site.replace(ANSWERS + "answer-02.md", "status: \"pending\"", "status: \"curated\"");
        site.replace("content/cases/zappos-offer/index.md", "status: \"draft\"", "status: \"published\"");
        CliRun build = CliRun.of("build", "--source", site.source().toString(), "--output", site.output().toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.out().startsWith("built "), build.out());

        BuiltSite built = BuiltSite.in(site.output());
        Document page = built.html("cases/zappos-offer/index.html");
        assertEquals("Zappos Offers New Hires $2,000 to Quit", page.selectFirst("h1").text());
        for (String prompt : List.of("Why would a company pay people to leave?",
                "What does the offer cost Zappos, and what does it save?",
                "Would the offer work in a call centre you know?")) {
            assertTrue(page.getElementsContainingOwnText(prompt).size() > 0, prompt);
        }
        // Shown in full on its first question's page, listed by its first words (here all of it) on the
        // pages of the other questions it answers, and found by search.
        assertEquals(List.of("cases/zappos-offer/questions/q1/index.html", "cases/zappos-offer/questions/q2/index.html",
                "cases/zappos-offer/questions/q3/index.html", "search/index.js"), built.whereFound("never going to stay long anyway").stream()
                .map(found -> found.substring(0, found.indexOf(':'))).distinct().toList());
        assertTrue(built.whereFound("Paying people to leave").size() > 0);
        for (String withheld : List.of("Maya Ortiz", "Jonas Berg", "filters for commitment", "unhappy",
                "Start with question 1", "Cheap Watches", "Still waiting for approval", "Dana Whitfield")) {
            assertEquals(List.of(), built.whereFound(withheld), withheld + " was published");
        }
    }
}
