package org.casebake.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the problems one build finds, so that all of them are reported together at the end
 * instead of failing at the first.
 *
 * <p>Mutable by design and owned by one build; stages hand on the immutable {@link ProblemReport}.
 */
public final class ProblemCollector {

    private final List<Problem> problems = new ArrayList<>();

    /** Records a problem. */
    public void add(Problem problem) {
        problems.add(problem);
    }

    /** Records an error at a position. */
    public void error(String path, int line, int column, String message, String hint) {
        add(Problem.error(path, line, column, message, hint));
    }

    /** Records an error about a whole file. */
    public void error(String path, String message, String hint) {
        add(Problem.error(path, message, hint));
    }

    /** Records every problem of another report. */
    public void addAll(ProblemReport report) {
        problems.addAll(report.problems());
    }

    /** True when at least one error (not a warning) was recorded. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** How many errors were recorded so far; compare before and after a step to see if it failed. */
    public int errorCount() {
        return (int) problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }

    /** The problems so far, in reading order. */
    public ProblemReport report() {
        return new ProblemReport(problems);
    }
}
