package org.casebake.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one build in reading order, and how to print them with a cap so that one broken
 * file does not bury the rest of the output.
 */
public record ProblemReport(List<Problem> problems) {

    /** How many problems are printed before the rest are summarised in one line. */
    public static final int PRINT_CAP = 100;

    public ProblemReport {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Problem.READING_ORDER);
        problems = List.copyOf(sorted);
    }

    /** A report with no problems. */
    public static ProblemReport empty() {
        return new ProblemReport(List.of());
    }

    /** True when at least one problem is an error. */
    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** The number of errors (warnings not counted). */
    public long errorCount() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }

    /** Every problem as one line each, capped at {@link #PRINT_CAP}, with a last line counting the rest. */
    public List<String> formatLines() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < problems.size() && i < PRINT_CAP; i++) {
            lines.add(problems.get(i).format());
        }
        if (problems.size() > PRINT_CAP) {
            lines.add("... and " + (problems.size() - PRINT_CAP) + " more problems not shown");
        }
        return lines;
    }
}
