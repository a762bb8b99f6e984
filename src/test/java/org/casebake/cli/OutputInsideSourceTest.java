package org.casebake.cli;

import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An output folder inside what a build reads (or the site folder, or a folder holding it) would be
 * read back as source or would move the sources away: {@code casebake build} refuses it with exit
 * code 2 and a message, whatever the spelling, and writes nothing.
 */
class OutputInsideSourceTest {

    @TempDir
    Path work;

    @Test
    void outputInsideContentIsRefusedWithExitTwo() throws IOException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        Path output = site.file("content/site");
        CliRun run = build(site, output);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("--output " + output + " cannot hold the site: it is inside content/, which every build reads as"
                + " source (choose a folder outside the site's sources, such as " + site.source().resolve("target/site") + ")",
                run.firstErrorLine());
        assertEquals("", run.out());
        assertSourcesUntouched(site);
    }

    @Test
    void everyFolderABuildReadsIsRefused() throws IOException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        for (String inside : List.of("assets/site", "templates/site", "content", "content/cases/c1/site", "site-config.yml")) {
            CliRun run = build(site, site.file(inside));
            assertEquals(2, run.exitCode(), inside + ": " + run.err());
            assertTrue(run.firstErrorLine().contains("which every build reads as source"), run.firstErrorLine());
        }
        assertSourcesUntouched(site);
    }

    @Test
    void theSiteFolderAndTheFoldersAboveItAreRefused() throws IOException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        CliRun itself = build(site, site.source());
        assertEquals(2, itself.exitCode());
        assertTrue(itself.firstErrorLine().contains("cannot hold the site: it is the site folder itself"), itself.firstErrorLine());
        CliRun parent = build(site, work);
        assertEquals(2, parent.exitCode());
        assertTrue(parent.firstErrorLine().contains("cannot hold the site: it holds the site folder"), parent.firstErrorLine());
        assertSourcesUntouched(site);
    }

    @Test
    void dotDotAndSymbolicLinkSpellingsAreSeenThrough() throws IOException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        Files.createDirectories(site.file("target"));
        assertEquals(2, build(site, site.file("target/../content/site")).exitCode(), "a .. spelling");
        Path linkToContent = Files.createSymbolicLink(work.resolve("shortcut"), site.file("content"));
        assertEquals(2, build(site, linkToContent.resolve("site")).exitCode(), "a link to content/");
        Path linkToSite = Files.createSymbolicLink(work.resolve("course"), site.source());
        assertEquals(2, build(site, linkToSite.resolve("assets/site")).exitCode(), "a link to the site folder");
        assertEquals(2, build(site, linkToSite).exitCode(), "the site folder through a link");
        Path linkedOut = Files.createSymbolicLink(work.resolve("shortcut-above"), work);
        assertEquals(2, build(site, linkedOut).exitCode(), "the folder holding the site through a link");
        assertSourcesUntouched(site);
    }

    @Test
    void contentReachedThroughALinkInTheSiteFolderIsProtectedToo() throws IOException {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        Path shared = work.resolve("shared-content");
        Files.move(site.file("content"), shared);
        Files.createSymbolicLink(site.file("content"), shared);
        assertEquals(2, build(site, shared.resolve("site")).exitCode());
    }

    @Test
    void outputsBesideTheSourcesAreAccepted() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        assertEquals(0, build(site, site.file("target/site")).exitCode());
        assertEquals(0, build(site, site.file("public")).exitCode(), "a folder of the site folder that builds do not read");
        assertEquals(0, build(site, work.resolve("elsewhere/site")).exitCode());
    }

    private static CliRun build(SiteFixture site, Path output) {
        return CliRun.of("build", "--source", site.source().toString(), "--output", output.toString());
    }

    /** Only the fixture's own files are in the source: no site was published into it. */
    private static void assertSourcesUntouched(SiteFixture site) throws IOException {
        try (Stream<Path> files = Files.walk(site.source())) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().equals(".casebake-site")
                    || f.getFileName().toString().equals("index.html")).toList());
        }
        assertTrue(Files.isRegularFile(site.file("site-config.yml")));
    }
}
