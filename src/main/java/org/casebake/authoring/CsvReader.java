package org.casebake.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 describes: fields separated by commas, records by CRLF or
 * LF (a lone CR too), fields in double quotes may hold commas, line breaks and doubled quotes. A UTF-8
 * byte order mark at the start is ignored, and so are empty lines.
 *
 * <p>It is forgiving where spreadsheets are: a quote inside an unquoted field is kept as text. Text after
 * a closing quote, and a quote that is never closed, are reported as the record's defect.
 */
public final class CsvReader {

    private final String text;
    private int at;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The records of a CSV text, in order. */
    public static List<CsvRecord> read(String text) {
        return new CsvReader(text).records();
    }

    private List<CsvRecord> records() {
        List<CsvRecord> records = new ArrayList<>();
        while (at < text.length()) {
            if (skipLineBreak()) {
                continue; // an empty line holds no record
            }
            records.add(record());
        }
        return records;
    }

    private CsvRecord record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        String defect = null;
        while (true) {
            StringBuilder field = new StringBuilder();
            String fieldDefect = text.startsWith("\"", at) ? quoted(field) : unquoted(field);
            defect = defect == null ? fieldDefect : defect;
            fields.add(field.toString());
            if (at < text.length() && text.charAt(at) == ',') {
                at++;
                continue;
            }
            skipLineBreak();
            return new CsvRecord(start, fields, defect);
        }
    }

    private String unquoted(StringBuilder field) {
        while (at < text.length() && !isSeparator(text.charAt(at))) {
            field.append(text.charAt(at++));
        }
        return null;
    }

    private String quoted(StringBuilder field) {
        int opened = line;
        at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"' && text.startsWith("\"\"", at)) {
                field.append('"');
                at += 2;
            } else if (c == '"') {
                at++;
                return afterClosingQuote(field, opened);
            } else if (skipLineBreak()) {
                field.append('\n');
            } else {
                field.append(c);
                at++;
            }
        }
        return "the quoted field opened on line " + opened + " is never closed";
    }

    private String afterClosingQuote(StringBuilder field, int opened) {
        if (at >= text.length() || isSeparator(text.charAt(at))) {
            return null;
        }
        int closed = line;
        unquoted(field);
        return opened == closed ? "unexpected text after the closing quote of a field"
                : "the quoted field opened on line " + opened + " ends on line " + closed + " with text after its quote";
    }

    /** Consumes one line break (CRLF, LF or CR) if there is one here, counting the line. */
    private boolean skipLineBreak() {
        if (text.startsWith("\r\n", at)) {
            at += 2;
        } else if (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        } else {
            return false;
        }
        line++;
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
