/**
 * Writing content for an instructor: a new course folder ({@code casebake init}), starter files for
 * cases, answers and comparisons ({@code casebake new}) and answers imported from a discussion board export ({@code casebake import}).
 *
 * <p>Nothing here ever overwrites a file. Third-party libraries stay behind one class each: Jackson YAML in
 * {@link org.casebake.authoring.FrontMatterReader}, Jackson JSON in {@link org.casebake.authoring.MoodleJsonReader},
 * jsoup in {@link org.casebake.authoring.ImportedPostHtmlCleaner} and flexmark in
 * {@link org.casebake.authoring.MarkdownConverter}. A peer of {@code build}: must not import it, nor
 * {@code serve} or {@code cli}.
 */
package org.casebake.authoring;
