/**
 * The parse stage: splits a source into YAML front matter and a Markdown body
 * ({@link org.casebake.parse.FrontMatterParser}), reads YAML into Casebake's positioned
 * {@link org.casebake.parse.YamlNode} tree, gives typed, located access to its fields
 * ({@link org.casebake.parse.Fields}), and renders Markdown into sanitized HTML plus plain text by
 * section ({@link org.casebake.parse.RenderedText}).
 *
 * <p>Third-party libraries stay behind few classes: Jackson in {@link org.casebake.parse.YamlReader},
 * flexmark in {@link org.casebake.parse.MarkdownRenderer} (with
 * {@link org.casebake.parse.PlainMarkdownHtml}, which writes plain prose's HTML from flexmark's tree
 * as flexmark's renderer would, faster, and {@link org.casebake.parse.LinkFinder}), jsoup in
 * {@link org.casebake.parse.MarkdownHtmlCleaner} and {@link org.casebake.parse.HtmlLinks}. Imports only {@code source} and {@code problem}; must not
 * know what a case, an answer or a comparison is (that is {@code validate}).
 */
package org.casebake.parse;
