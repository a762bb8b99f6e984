package org.casebake.problem;

/**
 * A value read from a source file together with where it was written, so that a later check (an
 * unknown question id, a position no comparison defines) can point at the exact entry.
 *
 * @param value  the value
 * @param line   1-based line
 * @param column 1-based column
 */
public record Located<T>(T value, int line, int column) {
}
