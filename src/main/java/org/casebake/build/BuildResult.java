package org.casebake.build;

import org.casebake.model.OutputFile;
import org.casebake.problem.ProblemReport;

import java.util.List;

/**
 * How a build ended: its problems, and on success what it produced.
 *
 * @param problems every problem found (a build with errors wrote nothing)
 * @param files    the site's files in memory, by path, for a build that does not write (empty when the build
 *                 failed or wrote its files to the output folder)
 * @param pages    the number of HTML pages
 * @param cases    the number of published cases
 * @param answers  the number of published answers
 * @param basePath the path part of {@code baseUrl} the site was built for ("/" when the build failed)
 * @param millis   the wall time of the build
 * @param stages   how long each stage took, in order
 */
public record BuildResult(ProblemReport problems, List<OutputFile> files, int pages, int cases, int answers,
                          String basePath, long millis, List<StageTimes.Entry> stages) {

    public BuildResult {
        files = List.copyOf(files);
        stages = List.copyOf(stages);
    }

    /** True when the build had no errors (and, if asked to write, wrote the site). */
    public boolean succeeded() {
        return !problems.hasErrors();
    }
}
