package org.casebake.model;

/**
 * The words of an answer that argue one of its positions, as the instructor quoted them.
 *
 * @param position the claim they argue
 * @param text     the quoted words as the answer shows them (white space collapsed), as the comparison shows them
 * @param markId   the id of the highlighted passage on the pages that show the answer
 */
public record Quote(Position position, String text, String markId) {
}
