package org.casebake.conformance;

import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.testing.AxeCheck;
import org.casebake.testing.HtmlValidity;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTML file Casebake writes is valid HTML by the Nu Html Checker: each page of the courses
 * (see {@link CourseSites}), and of every site fixture under {@code src/test/resources/sites/}, built
 * for students and, with its teaching notes and drafts, for the instructor.
 */
@Tag(AxeCheck.TAG)
class ValidHtmlTest {

    static final List<String> COURSES = CourseSites.NAMES;

    @TempDir
    Path work;
    private static HtmlValidity checker;

    @BeforeAll
    static void loadTheChecker() {
        checker = new HtmlValidity();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("COURSES")
    void everyPageOfTheCourseIsValid(String course) {
        assertValid(course, CourseSites.build(course, work).output());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyPageOfTheFixtureIsValidForStudentsAndForTheInstructor(String fixture) {
        SiteFixture site = SiteFixture.of(fixture, work);
        site.build();
        assertValid(fixture + " (student site)", site.output());
        site.build(new BuildOptions(Audience.INSTRUCTOR, true));
        assertValid(fixture + " (instructor site with drafts)", site.output());
    }

    /** Fixtures whose files carry mistakes on purpose ({@code casebake status} reports them), so no build publishes them. */
    private static final java.util.Set<String> MADE_NOT_TO_BUILD = java.util.Set.of("course-status");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(TestFolders.testResource("sites"))) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
                    .filter(name -> !MADE_NOT_TO_BUILD.contains(name)).sorted().toList().stream();
        }
    }

    private static void assertValid(String name, Path site) {
        List<String> errors = new ArrayList<>(checker.errorsInSite(site));
        assertTrue(errors.isEmpty(), () -> name + ": " + errors.size() + " errors\n" + String.join("\n", errors));
    }
}
