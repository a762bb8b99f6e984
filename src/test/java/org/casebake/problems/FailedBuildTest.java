package org.casebake.problems;

import org.casebake.build.BuildResult;
import org.casebake.model.BuildOptions;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.FileTree;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a failed build leaves behind: nothing new, and the last good site exactly as it was. */
class FailedBuildTest {

    private static final String ANSWERS = "content/cases/open-source-prize/answers";
    private static final String ANSWER = ANSWERS + "/answer-a.md";

    @TempDir
    Path work;

    @Test
    void aMisspeltStatusFailsTheBuildInsteadOfPublishingTheAnswer() {
        SiteFixture site = SiteFixture.copyOf(TestFolders.testResource("problems/misspelt-status-field/input"), work);
        BuildResult typo = site.attempt(BuildOptions.studentSite(), true);
        assertFalse(typo.succeeded());
        assertEquals(List.of(), typo.files());
        assertTrue(Files.notExists(site.output()));

        site.replace(ANSWER, "stauts: pending", "status: pending");
        site.build();
        BuiltSite built = site.site();
        assertEquals(List.of(), built.whereFound("Outside programmers find bugs"), "the pending answer is not published");
        assertEquals(0, built.html("cases/open-source-prize/index.html").select("article.answer").size());
    }

    @Test
    void theLastGoodSiteIsLeftExactlyAsItWasWhenTheNextBuildFails() throws IOException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.build();
        SortedMap<String, byte[]> before = FileTree.snapshot(site.output());
        List<String> besideBefore = namesIn(work);

        site.write(ANSWER, "---\nauthor: \"Ada Lovelace\"\nquestions: [q1\n---\n\nBroken.\n");
        BuildResult broken = site.attempt(BuildOptions.studentSite(), true);

        assertFalse(broken.succeeded());
        assertEquals("", GoldenFiles.differences(before, FileTree.snapshot(site.output()), "the site before the failed build"));
        assertTrue(before.containsKey(".casebake-site"), "the marker is part of what must stay");
        assertEquals(besideBefore, namesIn(work), "no staging folder is left beside the output");
    }

    @Test
    void aFailedBuildWithoutAnEarlierSiteCreatesNoFolderAtAll() throws IOException {
        SiteFixture site = SiteFixture.copyOf(TestFolders.testResource("problems/empty-file/input"), work);
        List<String> besideBefore = namesIn(work);
        assertFalse(site.attempt(BuildOptions.studentSite(), true).succeeded());
        assertEquals(besideBefore, namesIn(work));
    }

    @Test
    void moreThanAHundredProblemsAreCutShortWithACountOfTheRest() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        for (int i = 1; i <= 105; i++) {
            site.write(String.format("%s/extra-%03d.md", ANSWERS, i), "---\nquestions: [q1]\n---\n\nNo author.\n");
        }
        List<String> lines = site.attempt(BuildOptions.studentSite(), false).problems().formatLines();
        assertEquals(101, lines.size());
        assertEquals(ANSWERS + "/extra-001.md:2:1: error: missing required field 'author'", lines.get(0));
        assertEquals(ANSWERS + "/extra-100.md:2:1: error: missing required field 'author'", lines.get(99));
        assertEquals("... and 5 more problems not shown", lines.get(100));
    }

    /** The names of the files and folders directly in {@code folder}, hidden ones included, sorted. */
    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return new ArrayList<>(entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
