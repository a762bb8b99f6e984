package org.casebake.model;

/**
 * A claim an answer makes for a comparison: on {@code dimension}, {@code side} is a strength or a weakness.
 */
public record Position(String dimension, String side, Stance view) {
}
