package org.casebake.render;

/**
 * A template that could not be rendered, located in the template file (path relative to the
 * template folder, 1-based line and column; 0 when unknown).
 */
public final class TemplateFailure extends Exception {

    private final String template;
    private final int line;
    private final int column;

    /** A failure in {@code template} at the given position. */
    public TemplateFailure(String template, int line, int column, String message) {
        super(message);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** The template's name relative to the template folder. */
    public String template() {
        return template;
    }

    /** The 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** The 1-based column, 0 when unknown. */
    public int column() {
        return column;
    }
}
