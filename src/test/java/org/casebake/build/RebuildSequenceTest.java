package org.casebake.build;

import org.casebake.model.BuildOptions;
import org.casebake.parse.MarkdownHtmlCleaner;
import org.casebake.parse.MarkdownRenderer;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One rebuilding build ({@code casebake serve}'s) taken through a sequence of edits of every kind
 * of source, on a course with a comparison, each rebuild told what changed as the preview's watcher
 * tells it: after each, its output is byte for byte what a fresh build of the same sources gives,
 * and the privacy guard still stops a rebuild that publishes a name, however much the builds before
 * it kept.
 */
class RebuildSequenceTest {

    private static final String CASE = "content/cases/netflix-oss-prize/";
    private static final String ANSWERS = CASE + "answers/";
    private static final String COMPARISON = "content/comparisons/open-source-vs-in-house.md";

    @TempDir
    java.nio.file.Path work;

    private SiteFixture site;
    private SiteBuild rebuilds;
    private Map<String, String> last;

    @BeforeEach
    void buildOnce() {
        site = SiteFixture.of("comparison-sample", work);
        rebuilds = SiteBuild.forRebuilds(SiteFixture.VERSION, new MarkdownRenderer(new MarkdownHtmlCleaner()));
        last = rebuildMatchingAFreshBuild();
    }

    @AfterEach
    void close() {
        rebuilds.close();
    }

    @Test
    void everyKindOfEditInTurnGivesWhatAFreshBuildGives() throws IOException {
        site.replace(ANSWERS + "answer-12.md", "This method is currently the most efficient one.",
                "This method is, for now, the most efficient one.");
        assertPagesShow("for now, the most efficient");

        site.replace(ANSWERS + "answer-07.md", "themes: [crowdsourcing, talent-pool, innovation, future-of-it, security]",
                "themes: [crowdsourcing, talent-pool, cost]");
        rebuildMatchingAFreshBuild();

        site.replace(CASE + "index.md", "or do you see this as just a fad?", "or just a passing fad?");
        assertPagesShow("or just a passing fad?");

        site.replace(COMPARISON, "Anyone, anywhere, can contribute", "Anyone anywhere may contribute");
        site.replace(COMPARISON, "Read across a row before you read down a column", "Read each row before each column");
        assertPagesShow("Anyone anywhere may contribute");

        site.replace("site-config.yml", "cost: \"Cost\"", "cost: \"Costs and prizes\"");
        site.replace("site-config.yml", "title: \"MGMT 301 Case Studies\"", "title: \"MGMT 301 Cases\"");
        assertPagesShow("Costs and prizes");

        site.delete(ANSWERS + "answer-05.md");
        assertFalse(pageShows(rebuildMatchingAFreshBuild(), "access many new and innovative options"));

        site.write(ANSWERS + "answer-16.md", site.read(ANSWERS + "answer-02.md").replace("author: \"Sean\"", "author: \"Rowan Tate\"")
                .replace("themes: [", "themes: [ownership, "));
        site.replace(ANSWERS + "answer-16.md", "\n---\n", "\n---\n\nA new answer, written late.\n\n");
        assertPagesShow("A new answer, written late.");

        site.replace(ANSWERS + "answer-15-pending.md", "status: pending", "status: curated");
        rebuildMatchingAFreshBuild();

        site.replace(ANSWERS + "answer-12.md", "This method is, for now, the most efficient one.",
                "This method is currently the most efficient one.");
        rebuildMatchingAFreshBuild();
    }

    @Test
    void aLinkWhosePageIsWithdrawnIsReportedThoughItsAnswerDidNotChange() {
        site.replace(ANSWERS + "answer-12.md", "This method is currently the most efficient one.",
                "This method is currently the most efficient one (see [the comparison](../../../comparisons/open-source-vs-in-house.md)).");
        assertPagesShow("<a href=\"../../../../comparisons/open-source-vs-in-house/index.html\" rel=\"nofollow noopener\">the comparison</a>");

        site.replace(COMPARISON, "title: \"Open source versus in-house development\"",
                "title: \"Open source versus in-house development\"\nstatus: draft");
        BuildResult withdrawn = rebuilds.run(rebuildRequest());
        assertFalse(withdrawn.succeeded());
        assertEquals(new SiteBuild(SiteFixture.VERSION).run(request()).problems().formatLines(), withdrawn.problems().formatLines());
        assertTrue(withdrawn.problems().formatLines().stream().anyMatch(line -> line.startsWith(ANSWERS + "answer-12.md:")
                && line.contains("open-source-vs-in-house.md")), () -> String.join("\n", withdrawn.problems().formatLines()));

        site.replace(COMPARISON, "\nstatus: draft", "");
        rebuildMatchingAFreshBuild();
    }

    @Test
    void anEditToOnePartOfAnAnswerInPartsGivesWhatAFreshBuildGives() {
        rebuilds.close();
        site = SiteFixture.sample(work.resolve("sample"));
        rebuilds = SiteBuild.forRebuilds(SiteFixture.VERSION, new MarkdownRenderer(new MarkdownHtmlCleaner()));
        rebuildMatchingAFreshBuild();
        site.replace(ANSWERS + "answer-14.md", "I see it continuing in the same direction", "I see it going on the same way");
        assertPagesShow("I see it going on the same way");
        site.replace(ANSWERS + "answer-14.md", "I see it going on the same way", "I see it continuing in the same direction");
        rebuildMatchingAFreshBuild();
    }

    @Test
    void aNameWrittenAfterManyRebuildsStillStopsTheRebuild() {
        site.replace(COMPARISON, "Anyone, anywhere, can contribute", "Anyone anywhere may contribute");
        rebuildMatchingAFreshBuild();
        site.replace(ANSWERS + "answer-01.md", "IBM and Microsoft do their work in house",
                "As Colin Stevenson said, IBM and Microsoft do their work in house");
        BuildResult result = rebuilds.run(rebuildRequest());
        assertFalse(result.succeeded());
        List<String> problems = result.problems().formatLines();
        assertEquals(1, problems.size(), () -> String.join("\n", problems));
        assertTrue(problems.get(0).startsWith(ANSWERS + "answer-01.md:24:375: error: the name of the student shown as \"C. St.\""
                + " appears here"), problems.get(0));

        site.replace(ANSWERS + "answer-01.md", "As Colin Stevenson said, IBM", "IBM");
        rebuildMatchingAFreshBuild();
    }

    /** Rebuilds, checks the rebuild against a fresh build and that it shows {@code text}. */
    private void assertPagesShow(String text) {
        Map<String, String> before = last;
        Map<String, String> rebuilt = rebuildMatchingAFreshBuild();
        assertTrue(pageShows(rebuilt, text), text);
        assertNotEquals(before, rebuilt);
    }

    private Map<String, String> rebuildMatchingAFreshBuild() {
        Map<String, String> rebuilt = RebuildsTest.texts(succeeded(rebuilds.run(rebuildRequest())).files());
        assertEquals(RebuildsTest.texts(succeeded(new SiteBuild(SiteFixture.VERSION).run(request())).files()), rebuilt);
        last = rebuilt;
        return rebuilt;
    }

    private static boolean pageShows(Map<String, String> site, String text) {
        return site.entrySet().stream().anyMatch(page -> page.getKey().endsWith(".html") && page.getValue().contains(text));
    }

    private static BuildResult succeeded(BuildResult result) {
        assertTrue(result.succeeded(), () -> String.join("\n", result.problems().formatLines()));
        return result;
    }

    /** A rebuild's request, told what changed as the preview's watcher tells it. */
    private BuildRequest rebuildRequest() {
        return request().after(site.takeChanges());
    }

    private BuildRequest request() {
        return new BuildRequest(site.source(), site.output(), BuildOptions.studentSite(), false);
    }
}
