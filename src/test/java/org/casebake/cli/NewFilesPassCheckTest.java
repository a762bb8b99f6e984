package org.casebake.cli;

import org.casebake.testing.FileTree;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code casebake new} and {@code casebake import} write is valid content: the sample course
 * with a new case, a new answer, a new comparison and an imported discussion board still checks
 * clean, and the new answers stay unpublished until the instructor curates them.
 */
class NewFilesPassCheckTest {

    @TempDir
    Path site;

    @Test
    void filesWrittenByNewAndImportPassCheck() throws Exception {
        FileTree.copy(TestFolders.project().resolve("content"), site.resolve("content"));
        Files.copy(TestFolders.project().resolve("site-config.yml"), site.resolve("site-config.yml"));
        String source = site.toString();

        assertEquals(0, CliRun.of("new", "case", "open-innovation", "--source", source).exitCode());
        assertEquals(0, CliRun.of("new", "answer", "netflix-oss-prize", "--author", "Zoë O'Brien",
                "--questions", "q1,q2", "--source", source).exitCode());
        assertEquals(0, CliRun.of("new", "comparison", "prize-versus-hiring", "--source", source).exitCode());
        CliRun imported = CliRun.of("import", "netflix-oss-prize",
                TestFolders.project().resolve("examples/moodle-forum-export.csv").toString(), "--source", source);
        assertEquals(0, imported.exitCode(), imported.err());

        CliRun check = CliRun.of("check", "--source", source);
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("checked 2 cases, 14 answers: no problems\n", check.out(),
                "the new and imported answers are pending, so the published count is the sample's");
        assertTrue(Files.isRegularFile(site.resolve("content/cases/open-innovation/index.md")));
    }
}
