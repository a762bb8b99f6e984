package org.casebake.authoring;

import org.casebake.problem.Problem;

/**
 * A content file that stops an authoring command: an unreadable case, a file that already exists.
 * Carries the {@link Problem} to print; the command exits with the content-problem code.
 */
public final class ContentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /** Wraps the problem that stopped the command. */
    public ContentException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    /** The problem, located in its file. */
    public Problem problem() {
        return problem;
    }
}
