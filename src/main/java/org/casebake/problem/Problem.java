package org.casebake.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input that an instructor can fix alone, located in a source file.
 *
 * <p>Printed as {@code path:line:col: error: message (hint)}, the form compilers use, so that editors
 * and CI annotate the right line. {@code path} is relative to the source folder and uses forward
 * slashes; {@code line} and {@code column} are 1-based, 0 when unknown (printed as 1).
 */
public record Problem(String path, int line, int column, Severity severity, String message, String hint) {

    /** Orders problems the way a reader fixes them: file by file, top to bottom. */
    public static final Comparator<Problem> READING_ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null || hint.isBlank() ? null : hint;
    }

    /** An error at a position, with an optional hint (null for none). */
    public static Problem error(String path, int line, int column, String message, String hint) {
        return new Problem(path, line, column, Severity.ERROR, message, hint);
    }

    /** An error about a whole file. */
    public static Problem error(String path, String message, String hint) {
        return new Problem(path, 0, 0, Severity.ERROR, message, hint);
    }

    /** A warning about a whole file: reported, but the build goes on. */
    public static Problem warning(String path, String message, String hint) {
        return new Problem(path, 0, 0, Severity.WARNING, message, hint);
    }

    /**
     * The problem as one line: {@code path:line:col: error: message (hint)}, always with a line and
     * a column (1:1 when the problem has no better position, so every line has the one shape tools
     * and editors read), and with control characters from the course escaped (see
     * {@link PrintableText}), so a crafted key or file name cannot print a line of its own.
     */
    public String format() {
        StringBuilder out = new StringBuilder(PrintableText.escape(path));
        out.append(':').append(Math.max(line, 1)).append(':').append(line > 0 && column > 0 ? column : 1);
        out.append(": ").append(severity.label()).append(": ").append(PrintableText.escape(message));
        if (hint != null) {
            out.append(" (").append(PrintableText.escape(hint)).append(')');
        }
        return out.toString();
    }

    /** How serious a problem is; only errors fail a build. */
    public enum Severity {
        ERROR("error"),
        WARNING("warning");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        /** The word printed before the message. */
        public String label() {
            return label;
        }
    }
}
