package org.casebake.source;

import org.casebake.problem.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files a site folder lists: named from the site folder with forward slashes however the folder
 * was named (relative, absolute, with "." or ".." in it), sorted, hidden files and everything in a
 * hidden folder left out at any depth.
 */
class SiteFolderTest {

    @TempDir
    Path work;

    private static final List<String> LISTED = List.of("content/cases/a/answers/one.md", "content/cases/a/index.md",
            "content/cases/a/figure.png", "content/comparisons/x.md");

    @Test
    void filesAreNamedFromTheSiteFolderHoweverTheFolderIsNamed() throws IOException {
        Path site = work.resolve("site");
        for (String path : LISTED) {
            write(site.resolve(path));
        }
        List<String> sorted = LISTED.stream().sorted().toList();
        Path relative = Path.of("").toAbsolutePath().relativize(site);
        for (Path root : List.of(site, site.resolve("."), site.resolve("../site"), relative, relative.resolve("."))) {
            ProblemCollector problems = new ProblemCollector();
            List<SiteFolder.Entry> files = SiteFolder.of(root).files("content", problems);
            assertEquals(sorted, files.stream().map(SiteFolder.Entry::path).toList(), root.toString());
            assertTrue(problems.report().problems().isEmpty());
            assertEquals("content/comparisons/x.md", SiteFolder.of(root).file("content/comparisons/x.md", problems).orElseThrow().path());
        }
    }

    @Test
    void hiddenFilesAndEverythingInHiddenFoldersAreLeftOut() throws IOException {
        Path site = work.resolve("site");
        write(site.resolve("content/cases/a/index.md"));
        for (String hidden : List.of(".hidden.md", "cases/.a.md", "cases/a/.draft.md", ".git/cases/a/index.md",
                "cases/a/.notes/answers/x.md", "cases/.b/index.md", "cases/a/answers/.old/deep/y.md")) {
            write(site.resolve("content").resolve(hidden));
        }
        assertEquals(List.of("content/cases/a/index.md"),
                SiteFolder.of(site).files("content", new ProblemCollector()).stream().map(SiteFolder.Entry::path).toList());
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "text");
    }
}
