package org.casebake.validate;

import org.casebake.model.Position;

/**
 * A position's {@code quote} as the answer's front matter gives it, with where its value is written,
 * so a quote the answer does not contain is reported there.
 */
public record BoundQuote(Position position, String text, int line, int column) {
}
