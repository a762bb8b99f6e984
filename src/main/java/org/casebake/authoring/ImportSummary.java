package org.casebake.authoring;

import java.util.List;
import org.casebake.problem.ProblemReport;

/**
 * What one import did: the answer files it wrote (paths as printed), how many posts were already
 * present from an earlier import, how many rows were left out, and the problems found.
 */
public record ImportSummary(List<String> written, int alreadyPresent, int skipped, ProblemReport problems) {

    public ImportSummary {
        written = List.copyOf(written);
    }

    /** One line for the terminal: {@code imported 5 posts, 2 already present, 1 skipped}. */
    public String line() {
        return "imported " + written.size() + (written.size() == 1 ? " post, " : " posts, ") + alreadyPresent
                + " already present, " + skipped + " skipped";
    }
}
