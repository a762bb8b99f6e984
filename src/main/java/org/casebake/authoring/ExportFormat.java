package org.casebake.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of discussion board export that {@code casebake import} reads. */
public enum ExportFormat {

    /** Moodle's forum export as CSV: one row per post, columns such as userfullname, created, message. */
    MOODLE_CSV("moodle-csv"),
    /** Moodle's forum export as JSON: an array (of sheets) of post objects with the same fields. */
    MOODLE_JSON("moodle-json"),
    /** Canvas's full discussion topic as JSON: participants and nested entries. */
    CANVAS_JSON("canvas-json"),
    /** Any CSV with a header row; columns are chosen with {@code --map}. */
    CSV("csv");

    private final String optionName;

    ExportFormat(String optionName) {
        this.optionName = optionName;
    }

    /** The name used with {@code --format}. */
    public String optionName() {
        return optionName;
    }

    /** The format named on the command line. */
    public static ExportFormat named(String name) throws UsageException {
        for (ExportFormat format : values()) {
            if (format.optionName.equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new UsageException("unknown export format '" + name + "'", "use one of "
                + String.join(", ", Arrays.stream(values()).map(ExportFormat::optionName).toList()));
    }

    /** Whether the file is JSON, judged by its name and first character. */
    static boolean looksLikeJson(String fileName, String text) {
        String start = text.replace("\uFEFF", "").stripLeading();
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") || start.startsWith("[") || start.startsWith("{");
    }

    /** The CSV flavour, judged by the header: Moodle's has userfullname and message columns. */
    static ExportFormat csvFlavour(List<String> header) {
        return header.contains("userfullname") && header.contains("message") ? MOODLE_CSV : CSV;
    }
}
