package org.casebake.parse;

import org.casebake.source.SourceFile;

/**
 * A Markdown source split into its YAML front matter and its body.
 *
 * @param source        the file it came from
 * @param fields        the front matter; an empty mapping when the block had no fields
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine the line of the file on which {@code body} starts (1-based)
 */
public record FrontMatterDocument(SourceFile source, YamlNode.Mapping fields, String body, int bodyFirstLine) {
}
