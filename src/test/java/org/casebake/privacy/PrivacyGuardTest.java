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

    private static String guardLine(String where, String shownAs) {
        return where + ": error: the name of the student shown as \"" + shownAs + "\" appears here (the privacy setting"
                + " withholds it: leave it out or write \"" + shownAs + "\", or set privacy.studentNames: full)";
    }

    @TempDir
    Path work;

    @Test
    void aNameTypedIntoAnotherAnswerFailsTheBuildAtTheLineOfThatAnswerSayingWhoseOnlyAsShown() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace(ANSWER_B, "The prize is cheaper", "As Ada Lovelace said, the prize is cheaper");

        BuildResult result = site.attempt(BuildOptions.studentSite(), true);

        assertEquals(List.of(guardLine(ANSWER_B + ":6:4", "A. L.")), result.problems().formatLines());
        assertFalse(result.succeeded());
        assertTrue(Files.notExists(site.output()));
    }

    @ParameterizedTest(name = "written as {0}")
    @ValueSource(strings = {"ada lovelace", "ADA LOVELACE", "Ada&nbsp;Lovelace", "Ada\n  Lovelace", "Lovelace, Ada",
            "Lovelace Ada", "A\u00ADda Love\u200Blace", "Ada Love&shy;lace", "A&#100;a Lovelace", "\uFF21\uFF44\uFF41 Lovelace",
            "<b>Ada</b> Love<i>lace</i>", "ÁDA LOVELACE", "[Ada](https://example.com/ada-lovelace)",
            "[link](https://example.com/%41da%20Lovelace)", "AdaLovelace"})
    void theNameIsCaughtHoweverItIsWritten(String written) {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace(ANSWER_B, "The prize is cheaper", "As " + written + " said, the prize is cheaper");
        BuildResult result = site.attempt(BuildOptions.studentSite(), false);
        assertFalse(result.succeeded(), "the name slipped through");
        result.problems().formatLines().forEach(line -> assertTrue(line.startsWith(ANSWER_B + ":6:")
                && line.endsWith(guardLine("", "A. L.").substring(1)), line));
    }

    @Test
    void aNameInTheCaseOrTheSettingsIsCaughtToo() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace("content/cases/open-source-prize/index.md", "A company pays outsiders", "Grace Hopper pays outsiders");
        site.write("site-config.yml", site.read("site-config.yml") + "description: \"Ada Lovelace's course\"\n");
        List<String> lines = site.attempt(BuildOptions.studentSite(), false).problems().formatLines();
        assertEquals(List.of(guardLine("content/cases/open-source-prize/index.md:4:11", "G. H."),
                guardLine("site-config.yml:5:15", "A. L.")), lines);
    }

    @Test
    void aNameInTheSettingsReachesEveryPageYetIsOneProblem() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.write("site-config.yml", site.read("site-config.yml") + "description: \"Ada Lovelace's course\"\n");
        List<String> lines = site.attempt(BuildOptions.studentSite(), false).problems().formatLines();
        assertEquals(List.of(guardLine("site-config.yml:5:15", "A. L.")), lines);
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
                VisibleText.ofEach(site.site().answers("open-source-prize").select(".answer-author")));
    }
}
