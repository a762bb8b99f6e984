package org.casebake.site;

import org.casebake.build.BuildResult;
import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.model.OutputFile;
import org.casebake.publish.SiteWriter;
import org.casebake.testing.FileTree;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output folder always holds exactly the last successful build: nothing from an earlier one
 * survives, and a folder Casebake did not make is never replaced.
 */
class OutputFolderTest {

    @TempDir
    Path work;

    @Test
    void filesOfAnEarlierBuildNeverSurviveASuccessfulBuild() {
        SiteFixture site = SiteFixture.of("drafts", work);
        site.build(Audience.STUDENT, true);
        assertTrue(site.site().has("cases/unfinished-merger/index.html"), "the preview has the draft");
        FileTree.write(site.output().resolve("left-over/index.html"), "<p>from an older Casebake</p>");

        site.build();

        BuildResult inMemory = site.attempt(BuildOptions.studentSite(), false);
        TreeSet<String> expected = new TreeSet<>(inMemory.files().stream().map(OutputFile::path).toList());
        expected.add(SiteWriter.MARKER);
        assertEquals(List.copyOf(expected), List.copyOf(FileTree.snapshot(site.output()).keySet()));
        assertFalse(site.site().has("cases/unfinished-merger/index.html"));
    }

    @Test
    void theOutputFolderIsMarkedAsBuiltByCasebake() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.build();
        assertEquals("Built by Casebake. This folder is replaced on every build.\n",
                FileTree.readText(site.output().resolve(SiteWriter.MARKER)));
    }

    @Test
    void aFolderNotMadeByCasebakeIsNeverReplaced() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        FileTree.write(site.output().resolve("thesis.tex"), "Years of work.");

        BuildResult result = site.attempt(BuildOptions.studentSite(), true);

        Path output = site.output().toAbsolutePath();
        assertEquals(List.of(output.normalize() + ":1:1: error: the output folder"
                        + " is not empty and was not built by Casebake; choose another --output folder or empty this one"),
                result.problems().formatLines());
        assertFalse(result.succeeded());
        assertEquals(Map.of("thesis.tex", "Years of work."), texts(FileTree.snapshot(site.output())));
    }

    @Test
    void anEmptyFolderIsFilledWithTheSite() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        FileTree.write(site.output().resolve("placeholder"), new byte[0]);
        FileTree.delete(site.output().resolve("placeholder"));
        site.build();
        assertTrue(site.site().has("index.html"));
    }

    private static Map<String, String> texts(Map<String, byte[]> files) {
        return files.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new String(e.getValue(), StandardCharsets.UTF_8)));
    }
}
