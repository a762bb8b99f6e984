/**
 * Writing content for an instructor: a new course folder ({@code casebake init}), starter files for
 * cases, answers and comparisons ({@code casebake new}) and answers imported from a discussion board export ({@code casebake import}).
 *
 * <p>Existing content is read as the build reads it ({@link org.casebake.authoring.ExistingContent}: the
 * build's scanner, front matter parser and {@link org.casebake.source.ContentLayout}), never by a reader of
 * its own; answer statuses are {@link org.casebake.model.AnswerStatus}'s.
 *
 * <p>Nothing here overwrites a file, with one exception: {@link org.casebake.authoring.AnswerFiles}, for the
 * curation view of {@code casebake serve}, rewrites one answer file per change, editing the lines of the changed
 * front matter field only ({@link org.casebake.authoring.FrontMatterEditor}), atomically and never over a file
 * that changed since it was read. Third-party libraries stay behind one class each: Jackson JSON in
 * {@link org.casebake.authoring.MoodleJsonReader},
 * jsoup in {@link org.casebake.authoring.ImportedPostHtmlCleaner} and flexmark in
 * {@link org.casebake.authoring.MarkdownConverter}. A peer of {@code build}: must not import it, nor
 * {@code serve} or {@code cli}.
 */
package org.casebake.authoring;
