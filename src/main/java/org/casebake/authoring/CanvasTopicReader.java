package org.casebake.authoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebake.problem.Problem;

/**
 * Reads a Canvas discussion topic as Canvas's "full topic" API gives it
 * ({@code GET /api/v1/courses/:course/discussion_topics/:topic/view}): {@code participants} (id,
 * display_name) and {@code view}, the entries with {@code id}, {@code user_id}, {@code parent_id},
 * {@code message} (HTML), {@code created_at}, {@code deleted}, {@code attachment(s)} and their nested
 * {@code replies}. Each entry becomes a row with Moodle's column names, keeping the line its object
 * starts on. Jackson's types stay inside this class.
 */
public final class CanvasTopicReader {

    private final ObjectMapper json = new ObjectMapper();

    /** Whether a JSON text is a Canvas full topic rather than a Moodle export. */
    static boolean looksLikeCanvas(String text) {
        String start = text.replace("\uFEFF", "").stripLeading();
        return start.startsWith("{") && text.contains("\"view\"") && text.contains("\"participants\"");
    }

    /** The entries of a full topic; {@code shown} is the file name used in problems. */
    public ExportTable read(String text, String shown) {
        List<Problem> problems = new ArrayList<>();
        List<String> columns = List.of("id", "parent", "userid", "userfullname", "created", "message", "messageformat",
                "deleted", "attachment");
        JsonNode root;
        List<Integer> lines;
        try {
            lines = entryLines(text);
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(Problem.error(shown, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "the export is not valid JSON: " + e.getOriginalMessage(), null));
            return new ExportTable(ExportFormat.CANVAS_JSON, columns, List.of(), problems);
        } catch (IOException e) {
            problems.add(Problem.error(shown, "cannot read the export: " + e.getMessage(), null));
            return new ExportTable(ExportFormat.CANVAS_JSON, columns, List.of(), problems);
        }
        if (root == null || !root.isObject() || !root.path("view").isArray()) {
            problems.add(Problem.error(shown, 1, 1, "the export is not a Canvas full discussion topic",
                    "it is an object with \"participants\" and \"view\", from .../discussion_topics/<id>/view"));
            return new ExportTable(ExportFormat.CANVAS_JSON, columns, List.of(), problems);
        }
        Map<String, String> names = new HashMap<>();
        root.path("participants").forEach(p -> names.put(p.path("id").asText(), p.path("display_name").asText("")));
        List<ExportRow> rows = new ArrayList<>();
        int[] next = {0};
        for (JsonNode entry : root.path("view")) {
            collect(entry, "", names, lines, next, rows);
        }
        return new ExportTable(ExportFormat.CANVAS_JSON, columns, rows, problems);
    }

    private static void collect(JsonNode entry, String parent, Map<String, String> names, List<Integer> lines,
            int[] next, List<ExportRow> rows) {
        if (!entry.isObject()) {
            return;
        }
        int line = next[0] < lines.size() ? lines.get(next[0]) : 0;
        next[0]++;
        Map<String, String> cells = new LinkedHashMap<>();
        String id = entry.path("id").asText("");
        cells.put("id", id);
        cells.put("parent", entry.path("parent_id").isNull() ? parent : entry.path("parent_id").asText(parent));
        cells.put("userid", entry.path("user_id").asText(""));
        cells.put("userfullname", names.getOrDefault(entry.path("user_id").asText(""),
                entry.path("user_name").asText("")));
        cells.put("created", entry.path("created_at").asText(""));
        cells.put("message", entry.path("message").asText(""));
        cells.put("messageformat", "1");
        cells.put("deleted", entry.path("deleted").asBoolean(false) ? "1" : "0");
        cells.put("attachment", attachments(entry));
        rows.add(new ExportRow(line, cells));
        for (JsonNode reply : entry.path("replies")) {
            collect(reply, id, names, lines, next, rows);
        }
    }

    private static String attachments(JsonNode entry) {
        List<String> files = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        if (entry.path("attachment").isObject()) {
            all.add(entry.path("attachment"));
        }
        entry.path("attachments").forEach(all::add);
        for (JsonNode file : all) {
            String name = file.path("display_name").asText(file.path("filename").asText(""));
            files.add(name.isEmpty() ? "a file" : name);
        }
        return String.join(", ", files);
    }

    /**
     * The line each entry object starts on, in document order: the objects of the top-level {@code view}
     * array and, inside it, of every {@code replies} array, which is the order {@link #collect} visits them.
     */
    private List<Integer> entryLines(String text) throws IOException {
        List<Integer> lines = new ArrayList<>();
        Deque<String> arrays = new ArrayDeque<>();
        try (JsonParser parser = json.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    arrays.push(parser.currentName() == null ? "" : parser.currentName());
                } else if (token == JsonToken.END_ARRAY) {
                    arrays.pop();
                } else if (token == JsonToken.START_OBJECT && !arrays.isEmpty()
                        && parser.getParsingContext().getParent().inArray() && "view".equals(arrays.peekLast())
                        && (arrays.peek().equals("view") || arrays.peek().equals("replies"))) {
                    lines.add(parser.currentTokenLocation().getLineNr());
                }
            }
        }
        return lines;
    }
}
