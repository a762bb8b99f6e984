package org.casebake.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The golden-file update switch can never make a CI run pass on files it has just rewritten, and
 * can never rewrite anything but expected files below {@code src/test/resources}.
 */
class GoldenUpdateSwitchTest {

    @Test
    void thisRunRewritesNothingWhenCiIsSet() {
        // Fails loudly (with the reason) when a CI run was started with -Dgolden.update=true.
        boolean updating = GoldenFiles.updating();
        String ci = System.getenv(GoldenFiles.CI_VARIABLE);
        assertFalse(updating && ci != null && !ci.isEmpty());
    }

    @Test
    void theSwitchIsRefusedWheneverCiHasAValue() {
        for (String ci : List.of("true", "1", "yes", "false")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> GoldenFiles.updating("true", ci));
            assertEquals("-Dgolden.update=true is refused because CI is set (CI=" + ci + "): a CI run compares the expected"
                    + " files, it never rewrites them. Rewrite them on your own machine with mvn -q test"
                    + " -Dgolden.update=true, review the diff and commit it.", refused.getMessage());
        }
    }

    @Test
    void theSwitchWorksOnlyWhenAskedForOutsideCi() {
        assertTrue(GoldenFiles.updating("true", null));
        assertTrue(GoldenFiles.updating("TRUE", ""));
        assertFalse(GoldenFiles.updating(null, null));
        assertFalse(GoldenFiles.updating("false", null));
        assertFalse(GoldenFiles.updating(null, "true"));
        assertFalse(GoldenFiles.updating("", "true"));
    }

    @Test
    void expectedFilesAreWrittenOnlyBelowTestResources() {
        Path project = TestFolders.project();
        Path resources = TestFolders.testResources();
        assertEquals(resources.resolve("sites/x/expected/index.html"),
                GoldenFiles.insideTestResources(resources.resolve("sites/x/expected/index.html")));
        for (Path outside : List.of(project.resolve("assets/js/search-engine.js"), project.resolve("pom.xml"),
                resources, resources.resolve("../java/org/casebake/App.java"), resources.resolve("../../main/x"),
                Path.of("/tmp/expected.txt"))) {
            assertThrows(IllegalArgumentException.class, () -> GoldenFiles.insideTestResources(outside), outside.toString());
        }
    }

    @Test
    void aLinkBelowTestResourcesDoesNotLeadTheWriterOutside(@TempDir Path elsewhere) throws IOException {
        Path link = TestFolders.testResources().resolve("link-made-by-GoldenUpdateSwitchTest");
        Files.createSymbolicLink(link, elsewhere);
        try {
            assertThrows(IllegalArgumentException.class, () -> GoldenFiles.insideTestResources(link.resolve("expected.txt")));
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void writingAnExpectedFileIsRefusedUnlessTheSwitchIsOn() {
        if (GoldenFiles.updating()) {
            return;
        }
        Path expected = TestFolders.testResources().resolve("never-written.txt");
        assertThrows(IllegalStateException.class, () -> GoldenFiles.writeExpected(expected, new byte[] {1}));
        assertFalse(Files.exists(expected));
    }

    @Test
    void noTestButGoldenFilesReadsTheSwitch() throws IOException {
        // Written in two parts so that this file does not find itself.
        List<String> readings = List.of("\"golden" + ".update\"", "UPDATE_" + "PROPERTY");
        Path sources = TestFolders.project().resolve("src/test/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> readers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("GoldenFiles.java"))
                    .filter(f -> readings.stream().anyMatch(FileTree.readText(f)::contains))
                    .map(f -> sources.relativize(f).toString()).sorted().toList();
            assertEquals(List.of(), readers, "read the switch with GoldenFiles.updating() and write with GoldenFiles.writeExpected()");
        }
    }
}
