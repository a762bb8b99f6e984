package org.casebake.privacy;

import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.casebake.testing.BuiltSite.asWords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What is not published leaves no trace in any output file (page, sitemap, feed, stylesheet, any
 * script or data file), not by word, name, count, link or file name. The fixture
 * {@code sites/withheld-content} has a pending and a rejected answer, a draft case with its answer
 * and notes, a draft comparison and a teaching note, each with words nothing else uses; it is built
 * for every combination of audience and drafts, and every file of every build is scanned.
 */
class WithheldContentTest {

    /** Words, names and slugs of the pending and the rejected answer. */
    private static final List<Pattern> UNPUBLISHED_ANSWERS = List.of(asWords("marmalade"), asWords("tangerine"),
            asWords("Quentin Pendleworth"), asWords("Rupert Rejectington"), asWords("Q. P."), asWords("R. R."),
            asWords("blockchain"), asWords("Pendleworth"), asWords("Rejectington"));
    /** Words, names and slugs of the draft case, its answer and notes, and the draft comparison. */
    private static final List<Pattern> DRAFTS = List.of(asWords("zeppelin"), asWords("hangar"), asWords("dirigible"),
            asWords("secret-merger"), asWords("Dora Draftsman"), asWords("D. D."), asWords("blimps"), asWords("balloons"),
            asWords("2014"));
    /** Words of the teaching notes and the way to them. */
    private static final List<Pattern> TEACHING_NOTES = List.of(asWords("quokka"), asWords("dirigible"),
            asWords("teaching-notes"), asWords("Teaching notes"), asWords("Instructor edition"));

    @TempDir
    static Path work;

    private static final Map<String, BuiltSite> BUILDS = new LinkedHashMap<>();

    @BeforeAll
    static void buildForEveryAudienceWithAndWithoutDrafts() {
        for (Audience audience : Audience.values()) {
            for (boolean drafts : new boolean[] {false, true}) {
                String name = audience.word() + (drafts ? " with drafts" : "");
                SiteFixture fixture = SiteFixture.of("withheld-content", work.resolve(name.replace(' ', '-')));
                fixture.build(new BuildOptions(audience, drafts));
                BUILDS.put(name, fixture.site());
            }
        }
    }

    @Test
    void pendingAndRejectedAnswersAppearInNoBuildAtAll() {
        assertEquals(List.of(), findings(List.copyOf(BUILDS.keySet()), UNPUBLISHED_ANSWERS));
    }

    @Test
    void pendingAndRejectedAnswersAreNotCounted() {
        for (BuiltSite site : BUILDS.values()) {
            assertEquals("1 question · 1 answer", site.html("index.html")
                    .select(".card:has(a[href=cases/open-source-prize/index.html]) .card-counts").text());
            assertEquals("1", site.html("cases/open-source-prize/index.html").select(".question-index .count").text());
        }
    }

    @Test
    void draftsAppearInNoBuildWithoutDrafts() {
        assertEquals(List.of(), findings(List.of("student", "instructor"), DRAFTS));
    }

    @Test
    void teachingNotesAppearInNoStudentBuild() {
        assertEquals(List.of(), findings(List.of("student", "student with drafts"), TEACHING_NOTES));
    }

    @Test
    void theInstructorPreviewShowsEverythingExceptUnpublishedAnswers() {
        // Proves the scans above can find these words: they are in the output when they should be.
        BuiltSite preview = BUILDS.get("instructor with drafts");
        for (Pattern expected : List.of(asWords("zeppelin"), asWords("hangar"), asWords("dirigible"), asWords("blimps"),
                asWords("quokka"), asWords("D. D."), asWords("teaching-notes"))) {
            assertFalse(preview.whereFound(expected).isEmpty(), expected + " is in the instructor preview");
        }
    }

    @Test
    void theCuratedAnswerIsInEveryBuild() {
        for (Map.Entry<String, BuiltSite> build : BUILDS.entrySet()) {
            assertEquals(List.of("Outside programmers find bugs the company's own staff would miss."),
                    build.getValue().html("cases/open-source-prize/index.html").select(".answer-body").eachText(),
                    build.getKey());
        }
    }

    private static List<String> findings(List<String> builds, List<Pattern> patterns) {
        List<String> found = new ArrayList<>();
        for (String build : builds) {
            for (Pattern pattern : patterns) {
                BUILDS.get(build).whereFound(pattern).forEach(f -> found.add(build + ": " + f));
            }
        }
        return found;
    }
}
