package org.casebake.model;

/**
 * A discussion question of a case.
 *
 * @param id     unique within its case, used in URLs ("q1")
 * @param number its position in the case, from 1
 * @param prompt the question as the instructor wrote it
 */
public record Question(String id, int number, String prompt) {
}
