package org.casebake.model;

import org.casebake.parse.RenderedText;

/**
 * The instructor's private notes on a case; published only for the instructor audience.
 */
public record TeachingNote(String caseSlug, String title, RenderedText body, String sourcePath) {
}
