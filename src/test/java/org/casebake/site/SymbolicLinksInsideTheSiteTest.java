package org.casebake.site;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.BuildOptions;
import org.casebake.testing.FileTree;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A symbolic link to a file in a folder Casebake reads counts as that file, in the link's place; the
 * links that may not be followed are pinned in {@code src/test/resources/problems/symbolic-link*}.
 */
class SymbolicLinksInsideTheSiteTest {

    private static final String CASE = "content/cases/open-source-prize/";

    @TempDir
    Path work;

    @Test
    void aLinkToAFileInTheContentFolderIsReadAsThatFileInTheLinksPlace() throws IOException {
        SiteFixture fixture = SiteFixture.of("minimal-case", work);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        fixture.write("assets/img/shared.png", png);
        fixture.replace(CASE + "index.md", "\n---\n", "\n---\n\n![A shared figure](figure.png)\n");
        Files.createSymbolicLink(fixture.file(CASE + "figure.png"), Path.of("../../../assets/img/shared.png"));
        Files.createSymbolicLink(fixture.file(CASE + "answers/answer-c.md"), Path.of("answer-a.md"));

        BuildResult result = fixture.build();

        assertEquals(3, result.answers(), "the linked answer counts as an answer of its own");
        assertArrayEquals(png, Files.readAllBytes(fixture.output().resolve("cases/open-source-prize/figure.png")));
        assertTrue(Files.isRegularFile(fixture.output().resolve("cases/open-source-prize/figure.png"),
                LinkOption.NOFOLLOW_LINKS), "the output holds a copy, not a link");
    }

    @Test
    void aSiteFolderReachedThroughALinkBuildsAsItself() throws IOException {
        SiteFixture fixture = SiteFixture.of("minimal-case", work.resolve("real"));
        Path linkedRoot = Files.createSymbolicLink(work.resolve("linked"), fixture.source());
        BuildResult result = new SiteBuild(SiteFixture.VERSION).run(
                new BuildRequest(linkedRoot, work.resolve("out"), BuildOptions.studentSite(), true));
        assertEquals(List.of(), result.problems().formatLines());
        assertTrue(FileTree.snapshot(work.resolve("out")).containsKey("cases/open-source-prize/index.html"));
    }
}
