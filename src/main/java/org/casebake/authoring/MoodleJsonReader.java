package org.casebake.authoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebake.problem.Problem;

/**
 * Reads Moodle's JSON forum export. Moodle writes an array of sheets, each an array of post objects
 * ({@code [[{...}, {...}]]}); a flat array of posts is read too. Each row keeps the line its object
 * starts on. Jackson's types stay inside this class.
 */
public final class MoodleJsonReader {

    private final ObjectMapper json = new ObjectMapper();

    /** The posts of a JSON export; {@code shown} is the file name used in problems. */
    public ExportTable read(String text, String shown) {
        List<ExportRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.add(Problem.error(shown, 1, 1, "the export is not a JSON array of posts",
                        "export the forum from Moodle with the JSON format"));
                return new ExportTable(ExportFormat.MOODLE_JSON, List.of(), rows, problems);
            }
            readArray(parser, rows, columns, problems, shown);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(Problem.error(shown, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "the export is not valid JSON: " + e.getOriginalMessage(), "posts after this point were not read"));
        } catch (IOException e) {
            problems.add(Problem.error(shown, "cannot read the export: " + e.getMessage(), null));
        }
        return new ExportTable(ExportFormat.MOODLE_JSON, List.copyOf(columns), rows, problems);
    }

    private void readArray(JsonParser parser, List<ExportRow> rows, Set<String> columns, List<Problem> problems,
            String shown) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            JsonLocation start = parser.currentTokenLocation();
            int line = start.getLineNr();
            if (token == JsonToken.START_ARRAY) {
                readArray(parser, rows, columns, problems, shown);
            } else if (token == JsonToken.START_OBJECT) {
                JsonNode post = parser.readValueAsTree();
                Map<String, String> cells = new LinkedHashMap<>();
                post.properties().forEach(field -> cells.put(field.getKey(), scalar(field.getValue())));
                columns.addAll(cells.keySet());
                rows.add(new ExportRow(line, cells));
            } else {
                parser.skipChildren();
                problems.add(Problem.error(shown, line, start.getColumnNr(), "expected a post object here",
                        "each post is an object {...} with fields such as userfullname and message"));
            }
        }
    }

    private static String scalar(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
