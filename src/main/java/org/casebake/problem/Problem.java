package org.casebake.problem;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the input that an instructor can fix alone, located in a source file.
 *
 * <p>Printed as {@code path:line:col: error: message (hint)}, the form compilers use, so that editors
 * and CI annotate the right line. {@code path} is relative to the source folder and uses forward
 * slashes; {@code line} and {@code column} are 1-based, 0 when unknown.
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

    /** The problem as one line: {@code path:line:col: error: message (hint)}. */
    public String format() {
        StringBuilder out = new StringBuilder(path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity.label()).append(": ").append(message);
        if (hint != null) {
            out.append(" (").append(hint).append(')');
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
