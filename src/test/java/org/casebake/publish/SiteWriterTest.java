package org.casebake.publish;

import org.casebake.model.OutputFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Publishing again reuses the files whose bytes did not change; the output must still be exactly
 * the new build, with no file shared with anything that outlives the swap.
 */
class SiteWriterTest {

    @TempDir
    Path work;

    private final SiteWriter writer = new SiteWriter();

    @Test
    void aSecondBuildLeavesExactlyItsOwnFiles() throws Exception {
        Path out = work.resolve("site");
        writer.publish(List.of(file("index.html", "one"), file("cases/a/index.html", "two"), file("old.html", "gone")), out);
        writer.publish(List.of(file("index.html", "ONE"), file("cases/a/index.html", "two"), file("new.html", "three")), out);
        assertEquals(Map.of("index.html", "ONE", "cases/a/index.html", "two", "new.html", "three",
                SiteWriter.MARKER, "Built by Casebake. This folder is replaced on every build.\n"), texts(out));
    }

    @Test
    void aReusedFileHasNoOtherNameOnceTheOldSiteIsGone() throws Exception {
        Path out = work.resolve("site");
        writer.publish(List.of(file("cases/a/index.html", "same")), out);
        writer.publish(List.of(file("cases/a/index.html", "same")), out);
        assertEquals(1, Files.getAttribute(out.resolve("cases/a/index.html"), "unix:nlink"));
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(out), left.toList(), "no staging or old folder is left beside the site");
        }
    }

    @Test
    void aStagedSiteNeverPublishedLeavesTheOutputAsItWasAndNothingBeside() throws Exception {
        Path out = work.resolve("site");
        writer.publish(List.of(file("index.html", "previous")), out);
        try (StagedSite staged = writer.stage(out)) {
            staged.write(file("index.html", "next"));
            staged.write(file("cases/a/index.html", "next"));
        }
        assertEquals(Map.of("index.html", "previous", SiteWriter.MARKER, SiteWriter.MARKER_TEXT), texts(out));
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(out), left.toList());
        }
    }

    @Test
    void theStagingFolderIsItsOwnersOnlyUntilThePublishedSiteTakesThePermissionsOfTheOneItReplaces() throws Exception {
        Path out = work.resolve("site");
        writer.publish(List.of(file("index.html", "previous")), out);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-x--x"));
        try (StagedSite staged = writer.stage(out)) {
            staged.write(file("index.html", "not yet guarded"));
            Path staging;
            try (Stream<Path> beside = Files.list(work)) {
                staging = beside.filter(p -> !p.equals(out)).findFirst().orElseThrow();
            }
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(staging)));
            staged.publish();
        }
        assertEquals("rwxr-x--x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        Path first = work.resolve("first");
        writer.publish(List.of(file("index.html", "one")), first);
        Path plain = Files.createDirectory(work.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(first), "as a new folder");
    }

    @Test
    void aStagedSiteNeverPublishedRemovesTheFoldersItMadeForTheOutput() throws Exception {
        try (StagedSite staged = writer.stage(work.resolve("new/deeper/site"))) {
            staged.write(file("index.html", "next"));
        }
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aFileEditedInTheOutputIsWrittenAgainNotReused() throws Exception {
        Path out = work.resolve("site");
        writer.publish(List.of(file("index.html", "built")), out);
        Files.writeString(out.resolve("index.html"), "edited");
        writer.publish(List.of(file("index.html", "built")), out);
        assertEquals("built", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aLinkPlacedInTheOutputIsNeverCarriedOver() throws Exception {
        Path out = work.resolve("site");
        writer.publish(List.of(file("index.html", "page")), out);
        Path elsewhere = Files.writeString(work.resolve("elsewhere.html"), "page");
        Files.delete(out.resolve("index.html"));
        Files.createSymbolicLink(out.resolve("index.html"), elsewhere);
        writer.publish(List.of(file("index.html", "page")), out);
        assertFalse(Files.isSymbolicLink(out.resolve("index.html")));
        assertEquals("page", Files.readString(out.resolve("index.html")));
        Files.writeString(elsewhere, "changed later");
        assertEquals("page", Files.readString(out.resolve("index.html")));
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> texts(Path folder) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                texts.put(folder.relativize(f).toString(), Files.readString(f));
            }
        }
        return texts;
    }
}
