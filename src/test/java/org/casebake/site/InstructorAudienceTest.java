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

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teaching notes are for instructors only: {@code --audience instructor} adds a notes page, linked
 * from its case, and the same input built for students has neither the page nor any trace of it.
 * The instructor edition is pinned in {@code src/test/resources/sites/instructor-audience/expected}.
 */
class InstructorAudienceTest {

    private static final String NOTES_PAGE = "cases/open-source-prize/teaching-notes/index.html";
    private static final String CASE_PAGE = "cases/open-source-prize/index.html";
    /** A word only the teaching note uses: made up, so no theme file or chance string holds it. */
    private static final String NOTE_WORD = "zorbleflux";
    /** The theme's static files, the same for every site; the scans below leave them out. */
    private static final String THEME_FILES = "assets/";

    @TempDir
    static Path instructorWork;
    @TempDir
    static Path studentWork;

    private static SiteFixture instructorBuild;
    private static BuiltSite instructor;
    private static BuiltSite student;

    @BeforeAll
    static void buildForBothAudiences() {
        instructorBuild = SiteFixture.of("instructor-audience", instructorWork);
        instructorBuild.build(Audience.INSTRUCTOR, false);
        instructor = instructorBuild.site();
        SiteFixture studentBuild = SiteFixture.of("instructor-audience", studentWork);
        studentBuild.build(Audience.STUDENT, false);
        student = studentBuild.site();
    }

    @Test
    void theInstructorEditionMatchesTheExpectedFiles() {
        GoldenFiles.assertSameFiles(TestFolders.testResource("sites/instructor-audience").resolve("expected"),
                instructorBuild.output());
    }

    @Test
    void theInstructorEditionHasTheNotesPageLinkedFromItsCase() {
        Document notes = instructor.html(NOTES_PAGE);
        assertEquals("Teaching notes", notes.selectFirst("h1").text());
        assertTrue(notes.selectFirst(".teaching-notes").text().contains(NOTE_WORD));
        List<String> links = instructor.html(CASE_PAGE).select("a[href*=teaching-notes]").eachAttr("href");
        assertEquals(Set.of(NOTES_PAGE), links.stream()
                .map(link -> URI.create("https://site.invalid/" + CASE_PAGE).resolve(link).getPath().substring(1)).collect(Collectors.toSet()));
        for (String link : links) {
            assertTrue(instructor.has(URI.create("https://site.invalid/" + CASE_PAGE).resolve(link).getPath().substring(1)), link);
        }
    }

    @Test
    void theInstructorEditionMarksItsWayToTheNotes() {
        // Guards the student-site test below: these markers exist, so their absence there means something.
        assertFalse(instructor.html(CASE_PAGE).select(".instructor-link").isEmpty());
        assertFalse(instructor.html(CASE_PAGE).select(".instructor-only").isEmpty());
    }

    @Test
    void theInstructorEditionAsksSearchEnginesToStayAway() {
        for (String page : instructor.pages()) {
            assertEquals("noindex, nofollow", instructor.html(page).select("meta[name=robots]").attr("content"), page);
        }
    }

    @Test
    void theStudentSiteHasNoNotesPage() {
        assertFalse(student.has(NOTES_PAGE));
        assertEquals(List.of(), student.paths().stream().filter(p -> p.contains("teaching-notes")).toList());
    }

    @Test
    void theStudentSiteLinksToNoNotesPage() {
        for (String page : student.pages()) {
            assertEquals(List.of(), student.html(page).select("a[href*=teaching-notes], .instructor-link, .instructor-only")
                    .eachAttr("href"), page);
        }
    }

    @Test
    void theStudentSiteContainsNoWordOfTheNotes() {
        // The search index is scanned too: it holds the text of every page it indexes.
        BuiltSite content = student.outside(THEME_FILES);
        assertEquals(List.of(), content.whereFound(NOTE_WORD));
        assertEquals(List.of(), content.whereFound("teaching-notes"));
        assertEquals(List.of(), content.whereFound("Instructor edition"));
    }

    @Test
    void theThemeFilesAreByteIdenticalForBothAudiencesSoTheyCarryNoNotes() {
        // Justifies leaving assets/ out of the scan above: these files do not depend on the notes.
        assertFalse(student.inside(THEME_FILES).paths().isEmpty());
        assertEquals("", GoldenFiles.differences(instructor.inside(THEME_FILES).files(), student.inside(THEME_FILES).files(),
                "the instructor edition's " + THEME_FILES));
    }
}
