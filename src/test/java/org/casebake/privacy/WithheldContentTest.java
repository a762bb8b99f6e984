package org.casebake.privacy;

import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.VisibleText;
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
 * What is not published leaves no trace in any output file (page, sitemap, feed, search index, any
 * script or data file), not by word, name, count, link or file name. The fixture
 * {@code sites/withheld-content} has a pending and a rejected answer, a draft case with its answer
 * and notes, a draft comparison and a teaching note, each with words nothing else uses; it is built
 * for every combination of audience and drafts, and every file of every build is scanned, except the
 * theme's static files under {@code assets/}, which are shown to be the same in every build.
 *
 * <p>The words are made up and Porter stemming leaves them whole, so they are found even where the
 * search index keeps only a word's stem. Short marks (initials, a year) could turn up by chance in
 * the index's packed data; they are looked for in its readable strings instead.
 */
class WithheldContentTest {

    /** The theme's static files, byte-identical in every build (see the test), left out of the scans. */
    private static final String THEME_FILES = "assets/";

    /** Words, names and slugs of the pending and the rejected answer. */
    private static final List<Pattern> UNPUBLISHED_ANSWERS = List.of(asWords("glimmerquox"), asWords("frumpelwick"),
            asWords("Quentin Pendleworth"), asWords("Rupert Rejectington"), asWords("blockchain"), asWords("Pendleworth"),
            asWords("Rejectington"));
    /** The initials the pending and the rejected answer would be shown with. */
    private static final List<Pattern> UNPUBLISHED_ANSWER_MARKS = List.of(asWords("Q. P."), asWords("R. R."));
    /** Words, names and slugs of the draft case, its answer and notes, and the draft comparison. */
    private static final List<Pattern> DRAFTS = List.of(asWords("zeppelin"), asWords("hangar"), asWords("snorkelwump"),
            asWords("secret-merger"), asWords("Zora Quillfeather"), asWords("Quillfeather"), asWords("quaxor"),
            asWords("wibblet"));
    /** The draft answer's initials and the draft case's year. */
    private static final List<Pattern> DRAFT_MARKS = List.of(asWords("Z. Q."), asWords("2014"));
    /** Words of the teaching notes and the way to them. */
    private static final List<Pattern> TEACHING_NOTES = List.of(asWords("bramblewhisk"), asWords("snorkelwump"),
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
        assertEquals(List.of(), findings(List.copyOf(BUILDS.keySet()), UNPUBLISHED_ANSWERS, UNPUBLISHED_ANSWER_MARKS));
    }

    @Test
    void pendingAndRejectedAnswersAreNotCounted() {
        for (BuiltSite site : BUILDS.values()) {
            // No "featured" count either: the pending answer is marked featured.
            assertEquals(List.of("question 1", "answer 1"), site.html("index.html")
                    .select(".card:has(a[href=cases/open-source-prize/index.html]) .card-counts > div").eachText());
            assertEquals(List.of("1"), VisibleText.ofEach(site.html("cases/open-source-prize/index.html")
                    .select(".question-index .count")));
        }
    }

    @Test
    void draftsAppearInNoBuildWithoutDrafts() {
        assertEquals(List.of(), findings(List.of("student", "instructor"), DRAFTS, DRAFT_MARKS));
    }

    @Test
    void teachingNotesAppearInNoStudentBuild() {
        assertEquals(List.of(), findings(List.of("student", "student with drafts"), TEACHING_NOTES, List.of()));
    }

    @Test
    void theThemeFilesAreByteIdenticalInEveryBuildSoTheyCarryNothingWithheld() {
        // Justifies leaving assets/ out of the scans above.
        BuiltSite student = BUILDS.get("student");
        assertFalse(student.inside(THEME_FILES).paths().isEmpty());
        for (Map.Entry<String, BuiltSite> build : BUILDS.entrySet()) {
            assertEquals("", GoldenFiles.differences(student.inside(THEME_FILES).files(),
                    build.getValue().inside(THEME_FILES).files(), "the student build's " + THEME_FILES), build.getKey());
        }
    }

    @Test
    void theInstructorPreviewShowsEverythingExceptUnpublishedAnswers() {
        // Proves the scans above can find these words and marks: they are in the output when they should be.
        BuiltSite preview = BUILDS.get("instructor with drafts").outside(THEME_FILES);
        for (Pattern expected : List.of(asWords("zeppelin"), asWords("hangar"), asWords("snorkelwump"), asWords("quaxor"),
                asWords("wibblet"), asWords("bramblewhisk"), asWords("teaching-notes"), asWords("2014"))) {
            assertFalse(preview.whereFound(expected).isEmpty(), expected + " is in the instructor preview");
        }
        assertFalse(preview.whereFoundOutsidePackedData(asWords("Z. Q.")).isEmpty(), "the draft answer's initials");
        // The search index is among the files scanned, and holds the drafts' words whole.
        for (Pattern indexed : List.of(asWords("zeppelin"), asWords("hangar"), asWords("quaxor"), asWords("Z. Q."))) {
            assertFalse(preview.inside("search/").whereFoundOutsidePackedData(indexed).isEmpty(), indexed + " in search/");
        }
        assertFalse(preview.inside("search/").whereFound(Pattern.compile("\"zeppelin\"")).isEmpty(),
                "the index's terms hold the unstemmed word");
    }

    @Test
    void theCuratedAnswerIsInEveryBuild() {
        for (Map.Entry<String, BuiltSite> build : BUILDS.entrySet()) {
            assertEquals(List.of("Outside programmers find bugs the company's own staff would miss."),
                    build.getValue().answers("open-source-prize").select(".answer-body").eachText(),
                    build.getKey());
        }
    }

    /** Where the builds, theme files left out, hold {@code words} anywhere or {@code marks} outside packed index data. */
    private static List<String> findings(List<String> builds, List<Pattern> words, List<Pattern> marks) {
        List<String> found = new ArrayList<>();
        for (String build : builds) {
            BuiltSite content = BUILDS.get(build).outside(THEME_FILES);
            for (Pattern pattern : words) {
                content.whereFound(pattern).forEach(f -> found.add(build + ": " + f));
            }
            for (Pattern pattern : marks) {
                content.whereFoundOutsidePackedData(pattern).forEach(f -> found.add(build + ": " + f));
            }
        }
        return found;
    }
}
