package org.casebake.problem;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the input that an instructor can fix alone, located in a source file.
 *
 * <p>Printed as {@code path:line:col: error: message (hint)}, the form compilers use, so that editors
 * and CI annotate the right line. {@code path} is relative to the source folder and uses forward
 * slashes; {@code line} and {@code column} are 1-based, 0 when unknown (printed as 1). The hint, when
 * present, says what would fix it; a problem is built through the factories, which take the hint as
 * text and read a null or blank one as none.
 */
public record Problem(String path, int line, int column, Severity severity, String message, Optional<String> hint) {

    /** Orders problems the way a reader fixes them: file by file, top to bottom. */
    public static final Comparator<Problem> READING_ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint.filter(h -> !h.isBlank());
    }

    /** An error at a position, with a hint (null or blank for none). */
    public static Problem error(String path, int line, int column, String message, String hint) {
        return of(path, line, column, Severity.ERROR, message, hint);
    }

    /** An error about a whole file. */
    public static Problem error(String path, String message, String hint) {
        return of(path, 0, 0, Severity.ERROR, message, hint);
    }

    /** A warning at a position (line, or line and column; 0 when unknown): reported, but the build goes on. */
    public static Problem warning(String path, int line, int column, String message, String hint) {
        return of(path, line, column, Severity.WARNING, message, hint);
    }

    /** A warning about a whole file. */
    public static Problem warning(String path, String message, String hint) {
        return of(path, 0, 0, Severity.WARNING, message, hint);
    }

    private static Problem of(String path, int line, int column, Severity severity, String message, String hint) {
        return new Problem(path, line, column, severity, message, Optional.ofNullable(hint));
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
        hint.ifPresent(h -> out.append(" (").append(PrintableText.escape(h)).append(')'));
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
