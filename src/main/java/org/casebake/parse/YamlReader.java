package org.casebake.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.casebake.problem.ProblemCollector;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads YAML text into Casebake's positioned {@link YamlNode} tree. The only class that knows
 * Jackson: replacing the YAML library touches this file alone.
 *
 * <p>Positions are shifted by {@code firstLine - 1}, so front matter that starts on line 2 of a
 * Markdown file reports the line numbers an editor shows. Syntax errors and duplicate keys are
 * reported to the collector; the result is then empty.
 */
public final class YamlReader {

    private final YAMLFactory factory = YAMLFactory.builder().build();

    /**
     * Parses {@code yaml} as one document.
     *
     * @param path      the source path for messages
     * @param firstLine the line of the file on which {@code yaml} starts (1-based)
     * @return the root node, or empty for an empty document or a syntax error (then reported)
     */
    public Optional<YamlNode> read(String yaml, String path, int firstLine, ProblemCollector problems) {
        try (JsonParser parser = factory.createParser(yaml)) {
            Reading reading = new Reading(parser, path, firstLine - 1, problems);
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            YamlNode root = reading.node();
            return reading.ok ? Optional.of(root) : Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr() + firstLine - 1;
            int column = at == null ? 0 : at.getColumnNr();
            problems.error(path, line, column, "invalid YAML: " + describe(e),
                    "check indentation, and quote values that contain ': ' or start with a special character");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(path, firstLine, 1, "could not read YAML: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /** SnakeYAML's own wording of the problem ("mapping values are not allowed here"), without its echo of the source. */
    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            String context = marked.getContext();
            return context == null ? marked.getProblem() : marked.getProblem() + " " + context;
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            return "syntax error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** One pass over the parser's tokens. */
    private static final class Reading {
        private final JsonParser parser;
        private final String path;
        private final int lineShift;
        private final ProblemCollector problems;
        private boolean ok = true;

        Reading(JsonParser parser, String path, int lineShift, ProblemCollector problems) {
            this.parser = parser;
            this.path = path;
            this.lineShift = lineShift;
            this.problems = problems;
        }

        YamlNode node() throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr() + lineShift;
            int column = at.getColumnNr();
            JsonToken token = parser.currentToken();
            return switch (token) {
                case START_OBJECT -> mapping(line, column);
                case START_ARRAY -> sequence(line, column);
                case VALUE_STRING -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.TEXT, line, column);
                case VALUE_NUMBER_INT -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.INTEGER, line, column);
                case VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.DECIMAL, line, column);
                case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.BOOLEAN, line, column);
                case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.ScalarType.NULL, line, column);
                default -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.TEXT, line, column);
            };
        }

        private YamlNode mapping(int line, int column) throws IOException {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                int keyLine = at.getLineNr() + lineShift;
                int keyColumn = at.getColumnNr();
                parser.nextToken();
                YamlNode value = node();
                if (!seen.add(key)) {
                    problems.error(path, keyLine, keyColumn, "duplicate field '" + key + "'",
                            "a field may appear once; remove one of them");
                    ok = false;
                    continue;
                }
                entries.add(new YamlNode.Entry(key, keyLine, keyColumn, value));
            }
            return new YamlNode.Mapping(entries, line, column);
        }

        private YamlNode sequence(int line, int column) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node());
            }
            return new YamlNode.Sequence(items, line, column);
        }
    }
}
