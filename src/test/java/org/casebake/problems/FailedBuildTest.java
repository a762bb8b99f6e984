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
    /** A question page template that fails on its second line. */
    private static final String BROKEN_TEMPLATE = "<#ftl output_format=\"HTML\">\n<p>${no_such_value}</p>\n";

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
    void aNameInTheLastFileProducedLeavesTheLastGoodSiteAsItWasAndNoStagingFolder() throws IOException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        // The site's own assets are the last files a build makes, after every page was staged.
        BuildResult leaking = failAfterAGoodBuild(site, () -> site.write("assets/zz-last.txt", "Thanks to Ada Lovelace.\n"));
        assertEquals(List.of(site.output().toAbsolutePath().normalize() + "/assets/zz-last.txt:1:11: error:"
                + " the name of the student shown as \"A. L.\" appears in this"
                + " output file, put there by no answer, case, comparison or setting (a template or a file of the site's"
                + " assets?) (the privacy setting withholds it: leave it out or write \"A. L.\", or set"
                + " privacy.studentNames: full)"), leaking.problems().formatLines());
    }

    @Test
    void aTemplateErrorMidRenderLeavesTheLastGoodSiteAsItWasAndNoStagingFolder() throws IOException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        // Only the question's page fails; every other page renders and is staged.
        BuildResult broken = failAfterAGoodBuild(site, () -> site.write("templates/question.ftl", BROKEN_TEMPLATE));
        List<String> lines = broken.problems().formatLines();
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("templates/question.ftl:2:6: error: "), lines::toString);
    }

    /**
     * Builds {@code site}, makes {@code change}, builds again, and checks that this build failed and
     * left the first build's site byte for byte and nothing beside it; the failed build's result.
     */
    private BuildResult failAfterAGoodBuild(SiteFixture site, Runnable change) throws IOException {
        site.build();
        SortedMap<String, byte[]> before = FileTree.snapshot(site.output());
        List<String> besideBefore = namesIn(work);
        change.run();
        BuildResult failed = site.attempt(BuildOptions.studentSite(), true);
        assertFalse(failed.succeeded());
        assertEquals("", GoldenFiles.differences(before, FileTree.snapshot(site.output()), "the site before the failed build"));
        assertEquals(besideBefore, namesIn(work), "no staging folder is left beside the output");
        return failed;
    }

    @Test
    void aFailedRenderWithoutAnEarlierSiteCreatesNoFolderAtAll() throws IOException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        List<String> besideBefore = namesIn(work);
        site.write("templates/question.ftl", BROKEN_TEMPLATE);
        assertFalse(site.attempt(BuildOptions.studentSite(), true).succeeded());
        assertEquals(besideBefore, namesIn(work));
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
