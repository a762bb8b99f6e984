package org.casebake.model;

import java.util.Optional;

/**
 * Where a case's text comes from, rendered as a citation. Every part but the title may be empty.
 */
public record Citation(String title, String publisher, String url, String author, Optional<java.time.LocalDate> date) {
}
