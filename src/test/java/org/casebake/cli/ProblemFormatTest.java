package org.casebake.cli;

import org.casebake.problem.Problem;
import org.casebake.problem.ProblemReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** GitHub annotations must name files as the repository does, even when the site is a subfolder of it. */
class ProblemFormatTest {

    private static final ProblemReport REPORT = new ProblemReport(List.of(
            Problem.error("content/cases/a/answers/x.md", 3, 1, "unknown field 'stauts'", "did you mean 'status'?")));

    @Test
    void aSiteInASubfolderGetsItsFolderBeforeEveryPath() {
        assertEquals("::error file=course/site/content/cases/a/answers/x.md,line=3,col=1::unknown field 'stauts'"
                + " (did you mean 'status'?)\n", ProblemFormat.GITHUB.render(REPORT, ProblemFormat.repositoryPrefix(Path.of("course/site"))));
    }

    @Test
    void aSiteInTheCurrentFolderOrOutsideItKeepsItsPaths(@TempDir Path elsewhere) {
        assertEquals("", ProblemFormat.repositoryPrefix(Path.of(".")));
        assertEquals("", ProblemFormat.repositoryPrefix(Path.of("").toAbsolutePath()));
        assertEquals("", ProblemFormat.repositoryPrefix(elsewhere));
        assertEquals("examples/", ProblemFormat.repositoryPrefix(Path.of("./examples/../examples")));
    }

    @Test
    void theOtherFormatsKeepPathsAsTheSiteHasThem() {
        assertEquals("content/cases/a/answers/x.md:3:1: error: unknown field 'stauts' (did you mean 'status'?)\n",
                ProblemFormat.TEXT.render(REPORT, "course/site/"));
    }
}
