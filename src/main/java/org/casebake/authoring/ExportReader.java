package org.casebake.authoring;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebake.problem.Problem;

/**
 * Reads a discussion board export file into an {@link ExportTable}, choosing the format from
 * {@code --format} or, without it, from the file name, its first character and its CSV header.
 * Rows with the wrong number of fields or broken quoting become problems on their line.
 */
public final class ExportReader {

    private static final String QUOTING_HINT =
            "a field holding a comma, a quote or a line break must be in double quotes, its quotes doubled";

    /** Reads the file; {@code format} may be null to detect it, {@code shown} names the file in problems. */
    public ExportTable read(Path file, String shown, ExportFormat format) throws UsageException {
        String text = utf8(file, shown);
        if (text == null) {
            return new ExportTable(format == null ? ExportFormat.CSV : format, List.of(), List.of(), List.of(
                    Problem.error(shown, "the export is not UTF-8 text", "save or export it as UTF-8")));
        }
        boolean json = format == null ? ExportFormat.looksLikeJson(file.getFileName().toString(), text)
                : format == ExportFormat.MOODLE_JSON || format == ExportFormat.CANVAS_JSON;
        if (format == ExportFormat.CANVAS_JSON || (format == null && json && CanvasTopicReader.looksLikeCanvas(text))) {
            return new CanvasTopicReader().read(text, shown);
        }
        return json ? new MoodleJsonReader().read(text, shown) : csv(text, shown, format);
    }

    private static ExportTable csv(String text, String shown, ExportFormat forced) {
        List<CsvRecord> records = CsvReader.read(text);
        List<Problem> problems = new ArrayList<>();
        if (records.isEmpty()) {
            problems.add(Problem.error(shown, 1, 0, "the export is empty", "it needs a header row and one row per post"));
            return new ExportTable(forced == null ? ExportFormat.CSV : forced, List.of(), List.of(), problems);
        }
        CsvRecord header = records.get(0);
        List<String> columns = header.fields().stream().map(String::strip).toList();
        ExportFormat format = forced == null ? ExportFormat.csvFlavour(columns) : forced;
        if (header.defect() != null) {
            problems.add(Problem.error(shown, header.line(), 0, "the header row is broken: " + header.defect(),
                    QUOTING_HINT));
            return new ExportTable(format, columns, List.of(), problems);
        }
        List<ExportRow> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.defect() != null) {
                problems.add(Problem.error(shown, record.line(), 0, record.defect(), QUOTING_HINT));
            } else if (record.fields().size() != columns.size()) {
                problems.add(Problem.error(shown, record.line(), 0, "the row has " + record.fields().size()
                        + " fields but the header has " + columns.size(), QUOTING_HINT));
            } else {
                rows.add(new ExportRow(record.line(), cells(columns, record.fields())));
            }
        }
        return new ExportTable(format, columns, rows, problems);
    }

    private static Map<String, String> cells(List<String> columns, List<String> fields) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.putIfAbsent(columns.get(i), fields.get(i));
        }
        return cells;
    }

    private static String utf8(Path file, String shown) throws UsageException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException("cannot read the export file " + shown,
                    Files.exists(file) ? e.getMessage() : "there is no such file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
