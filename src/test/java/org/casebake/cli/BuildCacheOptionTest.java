package org.casebake.cli;

import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code casebake build} keeps its cache in {@code .casebake/cache} of the site folder, or where
 * {@code --cache} says, or nowhere with {@code --no-cache}; never where it would be published or
 * read as source.
 */
class BuildCacheOptionTest {

    @TempDir
    Path work;

    @Test
    void theCacheIsKeptInDotCasebakeOfTheSiteFolder() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        CliRun run = build(site);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(site.file(".casebake/cache/markdown-student.bin")));
        assertEquals(0, build(site).exitCode(), "a build that reads the cache");
    }

    @Test
    void cacheGivesAnotherFolder() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        Path elsewhere = work.resolve("caches/course");
        assertEquals(0, build(site, "--cache", elsewhere.toString(), "--audience", "instructor").exitCode());
        assertTrue(Files.isRegularFile(elsewhere.resolve("markdown-instructor.bin")));
        assertFalse(Files.exists(site.file(".casebake")));
    }

    @Test
    void noCacheNeitherReadsNorWrites() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        assertEquals(0, build(site, "--no-cache").exitCode());
        assertFalse(Files.exists(site.file(".casebake")));
        CliRun both = build(site, "--no-cache", "--cache", work.resolve("c").toString());
        assertEquals(2, both.exitCode());
        assertEquals("--cache and --no-cache cannot be used together", both.firstErrorLine());
    }

    @Test
    void aCacheInsideTheOutputOrTheSourcesIsRefused() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        Path inOutput = site.output().resolve("cache");
        CliRun run = build(site, "--cache", inOutput.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("--cache " + inOutput + " cannot hold the build cache: it is inside the output folder, which is published"
                + " (give another folder with --cache DIR, or build with --no-cache)", run.firstErrorLine());
        for (String inside : List.of("content/cache", "assets/cache", "templates/cache", "messages/cache", ".")) {
            CliRun refused = build(site, "--cache", site.file(inside).toString());
            assertEquals(2, refused.exitCode(), inside);
            assertTrue(refused.firstErrorLine().contains("cannot hold the build cache: it is "), refused.firstErrorLine());
        }
        assertFalse(Files.exists(site.output()));
        assertFalse(Files.exists(work.resolve("source/content/cache")));
    }

    private static CliRun build(SiteFixture site, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--source", site.source().toString(),
                "--output", site.output().toString()));
        args.addAll(List.of(options));
        return CliRun.of(args.toArray(String[]::new));
    }
}
