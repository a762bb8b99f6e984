package org.casebake.build;

import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.parse.RenderedText;
import org.casebake.publish.PublishGate;
import org.casebake.testing.FileTree;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build that reads and writes a {@link BuildCache} publishes exactly the bytes a build without one
 * publishes, whatever state the cache is in, and a student build never uses what an instructor
 * build kept.
 */
class BuildCacheTest {

    private static final String CODE = "Casebake test (commit 0000000)";
    private static final String ANSWER = "content/cases/netflix-oss-prize/answers/answer-03.md";
    private static final BuildOptions INSTRUCTOR = new BuildOptions(Audience.INSTRUCTOR, false);

    @TempDir
    Path work;

    @Test
    void aBuildThatReadsTheCacheGivesTheBytesOfABuildWithout() throws IOException {
        SiteFixture site = SiteFixture.sample(work);
        SortedMap<String, byte[]> first = build(site, "first", BuildOptions.studentSite());
        Path file = cacheFolder().resolve("markdown-student.bin");
        assertTrue(Files.size(file) > 1000, "the first build keeps its Markdown");
        SortedMap<String, byte[]> second = build(site, "second", BuildOptions.studentSite());
        assertSame(fresh(site, BuildOptions.studentSite()), first);
        assertSame(first, second);
        assertFalse(Files.exists(cacheFolder().resolve("markdown-instructor.bin")));
    }

    @Test
    void anEditedAnswerIsBuiltAsAFreshBuildWouldBuildIt() {
        SiteFixture site = SiteFixture.sample(work);
        build(site, "first", BuildOptions.studentSite());
        site.replace(ANSWER, "an innovative way", "a new and innovative way");
        SortedMap<String, byte[]> edited = build(site, "second", BuildOptions.studentSite());
        assertSame(fresh(site, BuildOptions.studentSite()), edited);
        assertTrue(edited.entrySet().stream().anyMatch(page -> page.getKey().endsWith(".html")
                && new String(page.getValue(), StandardCharsets.UTF_8).contains("a new and innovative way")), "the edit is on a page");
    }

    @Test
    void aDamagedOrForeignCacheIsIgnoredAndWrittenAnew() throws IOException {
        SiteFixture site = SiteFixture.sample(work);
        SortedMap<String, byte[]> expected = fresh(site, BuildOptions.studentSite());
        build(site, "first", BuildOptions.studentSite());
        Path file = cacheFolder().resolve("markdown-student.bin");
        byte[] good = Files.readAllBytes(file);
        byte[] garbage = new byte[good.length];
        new Random(16).nextBytes(garbage);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x20;
        Map<String, byte[]> damages = Map.of("truncated", Arrays.copyOf(good, good.length / 2), "empty", new byte[0],
                "garbage", garbage, "one byte changed", flipped, "other code", foreign(good));
        for (Map.Entry<String, byte[]> damage : damages.entrySet()) {
            Files.write(file, damage.getValue());
            assertSame(expected, build(site, damage.getKey(), BuildOptions.studentSite()));
            assertTrue(MarkdownEntries.decode(Files.readAllBytes(file), CODE, "student").isPresent(),
                    damage.getKey() + ": the build writes a whole cache again");
        }
    }

    @Test
    void aStudentBuildNeverReadsWhatAnInstructorBuildKept() throws IOException {
        SiteFixture site = SiteFixture.of("instructor-audience", work);
        build(site, "instructor", INSTRUCTOR);
        build(site, "student", BuildOptions.studentSite());
        Path student = cacheFolder().resolve("markdown-student.bin");
        Path instructor = cacheFolder().resolve("markdown-instructor.bin");
        String notes = "zorbleflux";
        assertTrue(new String(Files.readAllBytes(instructor)).contains(notes));
        assertFalse(new String(Files.readAllBytes(student)).contains(notes));
        // Every body the student build renders, poisoned and filed as the instructor's, even under the student's name.
        Map<CachedMarkdown.Digest, RenderedText> poisoned = poisoned(Files.readAllBytes(student), "student");
        byte[] asInstructor = MarkdownEntries.encode(CODE, "instructor", poisoned);
        Files.write(instructor, asInstructor);
        Files.write(student, asInstructor);
        SortedMap<String, byte[]> expected = fresh(site, BuildOptions.studentSite());
        assertSame(expected, build(site, "student again", BuildOptions.studentSite()));
        // The same entries filed for student builds are used: the check above could fail.
        Files.write(student, MarkdownEntries.encode(CODE, "student", poisoned));
        assertTrue(build(site, "poisoned", BuildOptions.studentSite()).values().stream()
                .anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("POISON")));
    }

    @Test
    void theCacheIsReadableByItsOwnerOnly() throws IOException {
        SiteFixture site = SiteFixture.of("instructor-audience", work);
        build(site, "instructor", INSTRUCTOR);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheFolder())));
        try (var files = Files.list(cacheFolder())) {
            for (Path file : files.toList()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
            }
        }
    }

    /** The stages of a build that found its site unchanged: only what it reads to find that out. */
    private static final List<String> SKIPPED = List.of("config", "messages", "scan", "cache check", "cache check");

    @Test
    void aRepeatBuildOfUnchangedContentLeavesTheOutputAsItWas() {
        SiteFixture site = SiteFixture.sample(work);
        SortedMap<String, byte[]> expected = fresh(site, BuildOptions.studentSite());
        BuildResult first = attempt(site, "same", BuildOptions.studentSite());
        BuildResult second = attempt(site, "same", BuildOptions.studentSite());
        assertTrue(stages(first).contains("model"));
        assertEquals(SKIPPED, stages(second));
        assertEquals(List.of(first.pages(), first.cases(), first.answers(), first.basePath()),
                List.of(second.pages(), second.cases(), second.answers(), second.basePath()));
        assertSame(expected, FileTree.snapshot(work.resolve("out/same")));
    }

    @Test
    void anOutputFileAlteredAddedOrRemovedIsBuiltAgain() throws IOException {
        SiteFixture site = SiteFixture.sample(work);
        SortedMap<String, byte[]> expected = fresh(site, BuildOptions.studentSite());
        attempt(site, "same", BuildOptions.studentSite());
        Path output = work.resolve("out/same");
        byte[] index = Files.readAllBytes(output.resolve("index.html"));
        index[index.length / 2] ^= 0x01;
        Files.write(output.resolve("index.html"), index);
        assertTrue(stages(attempt(site, "same", BuildOptions.studentSite())).contains("model"), "an altered file");
        Files.writeString(output.resolve("cases/extra.html"), "");
        assertTrue(stages(attempt(site, "same", BuildOptions.studentSite())).contains("model"), "a file more");
        Files.createDirectories(output.resolve("empty"));
        assertTrue(stages(attempt(site, "same", BuildOptions.studentSite())).contains("model"), "a folder more");
        Files.delete(output.resolve("index.html"));
        assertTrue(stages(attempt(site, "same", BuildOptions.studentSite())).contains("model"), "a file less");
        assertSame(expected, FileTree.snapshot(output));
        assertEquals(SKIPPED, stages(attempt(site, "same", BuildOptions.studentSite())));
        Path record = cacheFolder().resolve("site-student.bin");
        byte[] damaged = Files.readAllBytes(record);
        Files.write(record, Arrays.copyOf(damaged, damaged.length - 3));
        assertTrue(stages(attempt(site, "same", BuildOptions.studentSite())).contains("model"), "a truncated record");
        assertSame(expected, FileTree.snapshot(output));
    }

    @Test
    void aChangedInputOrOtherOptionsBuildAgain() {
        SiteFixture site = SiteFixture.of("instructor-audience", work);
        attempt(site, "same", INSTRUCTOR);
        BuildResult student = attempt(site, "same", BuildOptions.studentSite());
        assertTrue(stages(student).contains("model"));
        assertSame(fresh(site, BuildOptions.studentSite()), FileTree.snapshot(work.resolve("out/same")));
        site.write("content/cases/open-source-prize/figure.txt", "a file no page uses");
        assertTrue(stages(attempt(site, "same", BuildOptions.studentSite())).contains("model"));
    }

    @Test
    void aSourceChangedWithItsSizeAndTimeKeptIsBuiltAgain() throws IOException {
        SiteFixture site = SiteFixture.sample(work);
        attempt(site, "same", BuildOptions.studentSite());
        Path answer = site.source().resolve("content/cases/netflix-oss-prize/index.md");
        String text = Files.readString(answer);
        FileTime modified = Files.getLastModifiedTime(answer);
        int at = text.lastIndexOf("the");
        Files.writeString(answer, text.substring(0, at) + "THE" + text.substring(at + 3));
        Files.setLastModifiedTime(answer, modified);
        BuildResult again = attempt(site, "same", BuildOptions.studentSite());
        assertTrue(stages(again).contains("model"), "a change the file's size and time do not show");
        assertTrue(FileTree.snapshot(work.resolve("out/same")).values().stream()
                .anyMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("THE")));
        assertEquals(SKIPPED, stages(attempt(site, "same", BuildOptions.studentSite())));
    }

    private static List<String> stages(BuildResult result) {
        return result.stages().stream().map(StageTimes.Entry::stage).toList();
    }

    private BuildResult attempt(SiteFixture site, String name, BuildOptions options) {
        BuildResult result = new SiteBuild(SiteFixture.VERSION, new PublishGate(), BuildCache.in(cacheFolder(), CODE))
                .run(new BuildRequest(site.source(), work.resolve("out").resolve(name), options, true));
        assertTrue(result.succeeded(), () -> String.join("\n", result.problems().formatLines()));
        return result;
    }

    private Path cacheFolder() {
        return work.resolve("cache");
    }

    private SortedMap<String, byte[]> build(SiteFixture site, String name, BuildOptions options) {
        return run(site, name, options, BuildCache.in(cacheFolder(), CODE));
    }

    private SortedMap<String, byte[]> fresh(SiteFixture site, BuildOptions options) {
        return run(site, "fresh", options, BuildCache.none());
    }

    private SortedMap<String, byte[]> run(SiteFixture site, String name, BuildOptions options, BuildCache cache) {
        assertFalse(Files.exists(work.resolve("out").resolve(name)), "each build here writes a new output folder");
        Path output = work.resolve("out").resolve(name);
        BuildResult result = new SiteBuild(SiteFixture.VERSION, new PublishGate(), cache)
                .run(new BuildRequest(site.source(), output, options, true));
        assertTrue(result.succeeded(), () -> String.join("\n", result.problems().formatLines()));
        return FileTree.snapshot(output);
    }

    /** Entries for every body of {@code good}, as other Casebake code could have rendered them. */
    private static byte[] foreign(byte[] good) throws IOException {
        return MarkdownEntries.encode("Casebake 0.0.1 (commit 1111111)", "student", poisoned(good, "student"));
    }

    /** The digests of the file {@code cache}, each with a text that no build renders. */
    private static Map<CachedMarkdown.Digest, RenderedText> poisoned(byte[] cache, String scope) {
        return MarkdownEntries.decode(cache, CODE, scope).orElseThrow().keySet().stream()
                .collect(Collectors.toMap(d -> d, d -> new RenderedText("<p>POISON</p>", List.of())));
    }

    private static void assertSame(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        Map<String, String> differing = new HashMap<>();
        expected.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, actual.get(path))) {
                differing.put(path, "differs");
            }
        });
        assertEquals(Map.of(), differing);
    }
}
