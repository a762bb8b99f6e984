package org.casebake.parse;

import org.casebake.problem.ProblemCollector;
import org.casebake.source.SourceFile;

import java.util.List;
import java.util.Optional;

/**
 * Splits a source file into YAML front matter between {@code ---} lines and a Markdown body, and
 * parses the front matter. Every way this can go wrong becomes a located problem, never a skipped
 * file.
 */
public final class FrontMatterParser {

    private final YamlReader yaml;

    /** A parser that reads front matter with the given YAML reader. */
    public FrontMatterParser(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** Parses {@code source}; empty when a problem was reported. */
    public Optional<FrontMatterDocument> parse(SourceFile source, ProblemCollector problems) {
        String text = source.text();
        String path = source.path();
        if (text.isBlank()) {
            problems.error(path, 1, 1, "file is empty", "start with a front matter block: a line '---', the fields, then '---'");
            return Optional.empty();
        }
        if (!isDelimiter(firstLine(text))) {
            problems.error(path, 1, 1, "missing front matter",
                    "the file must start with a line '---', then fields such as 'title: ...', then a line '---'");
            return Optional.empty();
        }
        int yamlStart = text.indexOf('\n') + 1;
        int closing = findClosing(text, yamlStart);
        if (closing < 0) {
            problems.error(path, 1, 1, "front matter is never closed",
                    "add a line '---' after the last field, before the text");
            return Optional.empty();
        }
        String yamlText = text.substring(yamlStart, closing);
        int closingLineEnd = text.indexOf('\n', closing);
        String body = closingLineEnd < 0 ? "" : text.substring(closingLineEnd + 1);
        int bodyFirstLine = countLines(text, closingLineEnd < 0 ? text.length() : closingLineEnd + 1) + 1;
        ProblemCollector local = new ProblemCollector();
        Optional<YamlNode> root = yaml.read(yamlText, path, 2, local);
        problems.addAll(local.report());
        if (local.hasErrors()) {
            return Optional.empty();
        }
        if (root.isEmpty()) {
            return Optional.of(new FrontMatterDocument(source, new YamlNode.Mapping(List.of(), 2, 1), body, bodyFirstLine));
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            problems.error(path, root.get().line(), root.get().column(),
                    "front matter must be fields ('name: value'), not " + root.get().kindName(), null);
            return Optional.empty();
        }
        return Optional.of(new FrontMatterDocument(source, mapping, body, bodyFirstLine));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isDelimiter(String line) {
        return line.stripTrailing().equals("---");
    }

    /** The offset of the line that closes the front matter ('---' or '...'), or -1. */
    private static int findClosing(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            String line = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
            String trimmed = line.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                return lineStart;
            }
            if (end < 0) {
                break;
            }
            lineStart = end + 1;
        }
        return -1;
    }

    private static int countLines(String text, int endExclusive) {
        int lines = 0;
        for (int i = 0; i < endExclusive; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
