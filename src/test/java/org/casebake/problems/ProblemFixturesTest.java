package org.casebake.problems;

import org.casebake.build.BuildResult;
import org.casebake.model.BuildOptions;
import org.casebake.testing.FixtureLinks;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every folder of {@code src/test/resources/problems/} is one kind of bad input: {@code input/} is a
 * site with the mistake, {@code expected.txt} the exact lines an instructor sees. Each is built as
 * the public student site; the build must fail, print exactly those lines, and write nothing. A
 * fixture's symbolic links are listed in its {@code links.txt} and made in the copy ({@link FixtureLinks}).
 */
class ProblemFixturesTest {

    @TempDir
    Path work;

    /** Every fixture folder with an input, named as a sentence. */
    static Stream<Named<Path>> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(TestFolders.testResource("problems"))) {
            List<Path> withInput = folders.filter(f -> Files.isDirectory(f.resolve("input"))).sorted().toList();
            return withInput.stream().map(f -> Named.of(sentence(f.getFileName().toString()), f));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsEveryProblemExactlyAndPublishesNothing(Path fixture) {
        SiteFixture site = SiteFixture.copyOf(fixture.resolve("input"), work);
        FixtureLinks.make(fixture, site.source());
        BuildResult result = site.attempt(BuildOptions.studentSite(), true);
        List<String> lines = result.problems().formatLines();
        GoldenFiles.assertSameText(fixture.resolve("expected.txt"), lines.stream().map(l -> l + "\n").reduce("", String::concat));
        assertFalse(result.succeeded(), "the build must fail");
        assertFalse(lines.isEmpty(), "the build must say why it failed");
        assertEquals(List.of(), result.files(), "a failed build produces no files");
        assertTrue(Files.notExists(site.output()), "a failed build writes no output folder");
    }

    /** "front-matter-never-closed" as "Front matter never closed". */
    private static String sentence(String folder) {
        String words = folder.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
