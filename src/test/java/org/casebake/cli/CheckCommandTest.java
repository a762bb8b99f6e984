package org.casebake.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebake.testing.FileTree;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code casebake check} reports problems without writing anything: as text for people, as
 * workflow commands that GitHub Actions turns into annotations on the lines, or as JSON for tools.
 * The broken site here has a problem with a hint, one without, and one about a whole file.
 */
class CheckCommandTest {

    private static final String ANSWER_A = "content/cases/open-source-prize/answers/answer-a.md";
    private static final String ANSWER_B = "content/cases/open-source-prize/answers/answer-b.md";

    @TempDir
    Path work;

    private SiteFixture broken;

    @BeforeEach
    void breakTheMinimalSite() {
        broken = SiteFixture.of("minimal-case", work);
        broken.replace(ANSWER_A, "featured: true", "stauts: pending");
        broken.replace(ANSWER_B, "author: \"Grace Hopper\"\n", "");
        broken.write("content/answers/answer-c.md", "---\nauthor: \"Alan Kay\"\n---\n");
    }

    @Test
    void checkWarnsOfTheSamplesTwoNearDuplicateAnswersNamingBothAndTheirOverlap() {
        CliRun run = CliRun.of("check", "--source", org.casebake.testing.TestFolders.project().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("checked 1 case, 14 answers: no problems\n", run.out());
        assertEquals("content/cases/netflix-oss-prize/answers/answer-08.md:1:1: warning: this answer and"
                + " content/cases/netflix-oss-prize/answers/answer-02.md are near duplicates: 34% of their 5-word passages"
                + " are the same, 61% of the shorter one's, e.g. \"microsoft did not take the opportunity to enter into the"
                + " social media field and with this they did not reach the same level of \u2026\" (check that each is the"
                + " student's own work; reject the copy if the same text was posted twice)", run.err().lines()
                .filter(line -> line.startsWith("content/")).collect(java.util.stream.Collectors.joining("\n")),
                "the only problem with the sample's content");
    }

    @Test
    void textFormatListsEveryProblemAndTheirCount() {
        CliRun run = CliRun.of("check", "--source", broken.source().toString());
        assertEquals(1, run.exitCode());
        assertEquals("""
                content/answers/answer-c.md:1:1: error: Casebake does not read this file here (cases go in \
                content/cases/<slug>/index.md, answers in content/cases/<slug>/answers/, comparisons in \
                content/comparisons/<slug>.md; images may sit beside a case's index.md)
                content/cases/open-source-prize/answers/answer-a.md:4:1: error: unknown field 'stauts' (did you mean 'status'?)
                content/cases/open-source-prize/answers/answer-b.md:2:1: error: missing required field 'author'
                3 errors; nothing was written
                """, run.err());
        assertEquals("", run.out());
    }

    @Test
    void githubFormatPrintsOneAnnotationPerProblem() {
        CliRun run = CliRun.of("check", "--source", broken.source().toString(), "--format", "github");
        assertEquals(1, run.exitCode());
        assertEquals("""
                ::error file=content/answers/answer-c.md::Casebake does not read this file here (cases go in \
                content/cases/<slug>/index.md, answers in content/cases/<slug>/answers/, comparisons in \
                content/comparisons/<slug>.md; images may sit beside a case's index.md)
                ::error file=content/cases/open-source-prize/answers/answer-a.md,line=4,col=1::unknown field 'stauts' \
                (did you mean 'status'?)
                ::error file=content/cases/open-source-prize/answers/answer-b.md,line=2,col=1::missing required field 'author'
                """, run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonFormatPrintsOneDocumentWithEveryProblem() throws Exception {
        CliRun run = CliRun.of("check", "--source", broken.source().toString(), "--format", "json");
        assertEquals(1, run.exitCode());
        assertEquals("{\"problems\":["
                + "{\"path\":\"content/answers/answer-c.md\",\"line\":0,\"column\":0,\"severity\":\"error\","
                + "\"message\":\"Casebake does not read this file here\",\"hint\":\"cases go in content/cases/\\u003cslug\\u003e/index.md,"
                + " answers in content/cases/\\u003cslug\\u003e/answers/, comparisons in content/comparisons/\\u003cslug\\u003e.md;"
                + " images may sit beside a case's index.md\"},"
                + "{\"path\":\"" + ANSWER_A + "\",\"line\":4,\"column\":1,\"severity\":\"error\","
                + "\"message\":\"unknown field 'stauts'\",\"hint\":\"did you mean 'status'?\"},"
                + "{\"path\":\"" + ANSWER_B + "\",\"line\":2,\"column\":1,\"severity\":\"error\","
                + "\"message\":\"missing required field 'author'\",\"hint\":null}"
                + "],\"errors\":3}\n", run.out());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(3, json.path("problems").size());
        assertEquals(3, json.path("errors").asInt());
        assertEquals("", run.err());
    }

    @Test
    void checkNeverWritesTheSite() {
        CliRun.of("check", "--source", broken.source().toString());
        SiteFixture good = SiteFixture.of("minimal-case", work.resolve("good"));
        CliRun run = CliRun.of("check", "--source", good.source().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.notExists(broken.source().resolve("target")));
        assertTrue(Files.notExists(good.source().resolve("target")));
    }

    @Test
    void aGoodSiteChecksCleanWithOneLine() {
        SiteFixture good = SiteFixture.of("minimal-case", work.resolve("good"));
        CliRun run = CliRun.of("check", "--source", good.source().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("checked 1 case, 2 answers: no problems\n", run.out());
    }

    @Test
    void anImageWithoutAltTextInAnAnswerIsAWarningAtItsPlace() {
        SiteFixture site = SiteFixture.of("minimal-case", work.resolve("images"));
        site.write("content/cases/open-source-prize/answers/sketch.png", FileTree.readBytes(TestFolders.testResource(
                "sites/hostile-files/input/content/cases/draft-case/draft-figure.png")));
        site.replace(ANSWER_B, "easy to recruit.", "easy to recruit.\n\n![](sketch.png)\n\nAgain: <img src=\"sketch.png\">"
                + " and described: ![The prize's winners by year](sketch.png)");
        CliRun run = CliRun.of("check", "--source", site.source().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                content/cases/open-source-prize/answers/answer-b.md:8:1: warning: image without alt text: sketch.png \
                (it is published with an empty one, which screen readers skip; say what it shows: ![what it shows](sketch.png))
                content/cases/open-source-prize/answers/answer-b.md:10:13: warning: image without alt text: sketch.png \
                (it is published with an empty one, which screen readers skip; say what it shows: ![what it shows](sketch.png))
                """, run.err());
    }

    @Test
    void aGoodSitePrintsNoAnnotationsAndAnEmptyJsonList() {
        SiteFixture good = SiteFixture.of("minimal-case", work.resolve("good"));
        CliRun github = CliRun.of("check", "--source", good.source().toString(), "--format", "github");
        assertEquals(0, github.exitCode());
        assertEquals("", github.out());
        CliRun json = CliRun.of("check", "--source", good.source().toString(), "--format", "json");
        assertEquals(0, json.exitCode());
        assertEquals("{\"problems\":[],\"errors\":0}\n", json.out());
    }

    @Test
    void anUnknownFormatIsAUsageErrorWithExitCodeTwo() {
        CliRun run = CliRun.of("check", "--source", broken.source().toString(), "--format", "xml");
        assertEquals(2, run.exitCode());
        assertEquals("--format must be text, github or json, not 'xml'", run.firstErrorLine());
    }
}
