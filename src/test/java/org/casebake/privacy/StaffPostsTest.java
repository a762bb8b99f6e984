package org.casebake.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.casebake.build.BuildResult;
import org.casebake.model.BuildOptions;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported board's opening post by the instructor, kept as a pending or rejected file, never fails a
 * build because the instructor's name, rightly, appears on every page; a curated one still does.
 */
class StaffPostsTest {

    private static final String ANSWERS = "content/cases/open-source-prize/answers/";

    @TempDir
    Path work;

    private SiteFixture siteWithStaff(String instructorPostStatus) {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.write("site-config.yml", """
                title: "Minimal course"
                baseUrl: "https://example.edu/minimal/"
                course:
                  name: "Open innovation"
                  instructor: "Prof. Jordan Rivera"
                  staff: ["Sam Okoye"]
                privacy:
                  salt: "fixture-salt"
                """);
        site.write(ANSWERS + "answer-c.md", """
                ---
                author: "Jordan Rivera"
                questions: [q1]
                status: %s
                ---
                Post your answer to question 1 here.
                """.formatted(instructorPostStatus));
        site.write(ANSWERS + "answer-d.md", """
                ---
                author: "SAM OKOYE"
                questions: [q1]
                status: rejected
                ---
                Remember to cite the article.
                """);
        return site;
    }

    @Test
    void aPendingOrRejectedPostByTheStaffNeverFailsTheBuild() {
        for (String status : List.of("pending", "rejected")) {
            SiteFixture site = siteWithStaff(status);
            BuildResult result = site.attempt(BuildOptions.studentSite(), false);
            assertEquals(List.of(), result.problems().formatLines(), status);
            assertTrue(result.succeeded(), status);
            work = work.resolve("again");
        }
    }

    @Test
    void aCuratedPostByTheInstructorStillFailsTheGuard() {
        SiteFixture site = siteWithStaff("curated");
        BuildResult result = site.attempt(BuildOptions.studentSite(), false);
        assertFalse(result.succeeded());
        // The curated post makes its author a withheld student, so the settings that name the instructor are blamed.
        assertEquals(List.of("site-config.yml:5:22: error: the name of the student shown as \"J. R.\" appears here"
                        + " (the privacy setting withholds it: leave it out or write \"J. R.\", or set privacy.studentNames: full)"),
                result.problems().formatLines());
    }
}
