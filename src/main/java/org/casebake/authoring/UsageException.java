package org.casebake.authoring;

import org.casebake.problem.PrintableText;

/**
 * A value given on the command line that cannot work: a malformed slug, a case that does not exist,
 * an unknown question id. The command prints it and exits with the usage code.
 */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String hint;

    /** A usage error with a hint (null for none) telling the instructor what would work. */
    public UsageException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** What would work instead, or null. */
    public String hint() {
        return hint;
    }

    /** The error as one line: {@code error: message (hint)}. */
    public String format() {
        return "error: " + PrintableText.escape(getMessage()) + (hint == null ? "" : " (" + PrintableText.escape(hint) + ")");
    }
}
