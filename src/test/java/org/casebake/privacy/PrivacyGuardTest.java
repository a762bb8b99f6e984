package org.casebake.privacy;

import org.casebake.build.BuildResult;
import org.casebake.model.BuildOptions;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.VisibleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The last line of defence: a student's name typed where the privacy setting cannot replace it (in
 * another answer, a case, the settings) fails the build. The message names the answer file whose
 * author it is and the output file, never the name itself, since build logs may be public.
 */
class PrivacyGuardTest {

    private static final String ANSWER_A = "content/cases/open-source-prize/answers/answer-a.md";
    private static final String ANSWER_B = "content/cases/open-source-prize/answers/answer-b.md";

    private static final Pattern GUARD_LINE = Pattern.compile("content/cases/open-source-prize/answers/(\\S+):1:1: error: the"
            + " student's name as written appears in (?:the output file|\\d+ output files:) (.+?) \\(the privacy setting"
            + " withholds it; remove the name from the text that produces (?:this file|these files), or set"
            + " privacy.studentNames: full\\)");

    @TempDir
    Path work;

    @Test
    void aNameTypedIntoAnotherAnswerFailsTheBuildNamingTheFilesNotTheName() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace(ANSWER_B, "The prize is cheaper", "As Ada Lovelace said, the prize is cheaper");

        BuildResult result = site.attempt(BuildOptions.studentSite(), true);

        assertEquals(List.of(
                ANSWER_A + ":1:1: error: the student's name as written appears in 3 output files:"
                        + " cases/open-source-prize/index.html, cases/open-source-prize/questions/q1/index.html,"
                        + " search/index.js (the privacy setting withholds it; remove the name from the text that"
                        + " produces these files, or set privacy.studentNames: full)"),
                result.problems().formatLines());
        assertFalse(result.succeeded());
        assertTrue(Files.notExists(site.output()));
    }

    @ParameterizedTest(name = "written as {0}")
    @ValueSource(strings = {"ada lovelace", "ADA LOVELACE", "Ada&nbsp;Lovelace", "Ada\n  Lovelace",
            "[Ada](https://example.com/ada-lovelace)"})
    void theNameIsCaughtHoweverItIsWritten(String written) {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace(ANSWER_B, "The prize is cheaper", "As " + written + " said, the prize is cheaper");
        BuildResult result = site.attempt(BuildOptions.studentSite(), false);
        assertFalse(result.succeeded(), "the name slipped through");
        result.problems().formatLines()
                .forEach(line -> assertTrue(line.startsWith(ANSWER_A + ":1:1: error: the student's name"), line));
    }

    @Test
    void aNameInTheCaseOrTheSettingsIsCaughtToo() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace("content/cases/open-source-prize/index.md", "A company pays outsiders", "Grace Hopper pays outsiders");
        site.write("site-config.yml", site.read("site-config.yml") + "description: \"Ada Lovelace's course\"\n");
        List<String> lines = site.attempt(BuildOptions.studentSite(), false).problems().formatLines();
        assertEquals(List.of(
                "answer-a.md in 404.html, cases/open-source-prize/index.html,"
                        + " cases/open-source-prize/questions/q1/index.html, feed.xml, index.html and 2 more",
                "answer-b.md in cases/open-source-prize/index.html, feed.xml, index.html, search/index.js"),
                lines.stream().map(PrivacyGuardTest::whoseNameWhere).toList());
    }

    @Test
    void aNameInTheSettingsReachesEveryPageYetIsOneProblem() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.write("site-config.yml", site.read("site-config.yml") + "description: \"Ada Lovelace's course\"\n");
        List<String> lines = site.attempt(BuildOptions.studentSite(), false).problems().formatLines();
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith(ANSWER_A + ":1:1: error: the student's name as written appears in 7 output files:"
                + " 404.html, cases/open-source-prize/index.html, cases/open-source-prize/questions/q1/index.html,"
                + " feed.xml, index.html and 2 more ("), lines.get(0));
    }

    /** "answer-a.md in index.html" for a guard message about Ada's name in index.html. */
    private static String whoseNameWhere(String line) {
        Matcher m = GUARD_LINE.matcher(line);
        assertTrue(m.matches(), line);
        return m.group(1) + " in " + m.group(2);
    }

    @Test
    void noMessageOfTheGuardContainsTheName() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace(ANSWER_B, "The prize is cheaper", "Ada Lovelace and Grace Hopper agree the prize is cheaper");
        List<String> lines = site.attempt(BuildOptions.studentSite(), false).problems().formatLines();
        assertFalse(lines.isEmpty());
        lines.forEach(line -> assertFalse(line.matches("(?is).*(ada|lovelace|grace|hopper).*"), line));
    }

    @Test
    void withFullNamesTheGuardLetsNamesThrough() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace("site-config.yml", "privacy:\n", "privacy:\n  studentNames: full\n");
        site.replace(ANSWER_B, "The prize is cheaper", "As Ada Lovelace said, the prize is cheaper");
        site.build();
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"),
                VisibleText.ofEach(site.site().html("cases/open-source-prize/index.html").select(".answer-author")));
    }
}
