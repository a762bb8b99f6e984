package org.casebake.authoring;

import java.util.List;
import org.casebake.problem.ProblemReport;

/**
 * What one blog import did: the lines to print (files created, then one line per post saying what
 * happened to its comments) and the problems found.
 */
public record BlogImportSummary(List<String> lines, ProblemReport problems) {

    public BlogImportSummary {
        lines = List.copyOf(lines);
    }
}
