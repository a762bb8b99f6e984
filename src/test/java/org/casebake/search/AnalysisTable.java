package org.casebake.search;

import org.casebake.testing.GoldenFiles;
import org.casebake.testing.TestFolders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The shared analysis table, {@code src/test/resources/search/analysis-table.tsv}: inputs and the terms
 * the Java analyzer and the browser's port must both produce for them.
 */
final class AnalysisTable {

    static final Path FILE = TestFolders.testResources().resolve("search/analysis-table.tsv");

    /** One row: the input as written (escaped), the input itself and the expected terms. */
    record Row(int line, String escapedInput, String input, String expected) {
    }

    private AnalysisTable() {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            String escaped = tab < 0 ? line : line.substring(0, tab);
            String expected = tab < 0 ? "" : line.substring(tab + 1);
            rows.add(new Row(i + 1, escaped, unescape(escaped), expected));
        }
        return rows;
    }

    /** Rewrites the expected column with what the given analysis produces, keeping comments and order. */
    static void rewrite(Function<String, String> analysis) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isEmpty()) {
                out.append(line).append('\n');
                continue;
            }
            int tab = line.indexOf('\t');
            String escaped = tab < 0 ? line : line.substring(0, tab);
            out.append(escaped).append('\t').append(analysis.apply(unescape(escaped))).append('\n');
        }
        GoldenFiles.writeExpected(FILE, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes terms as the table does: in order, one '_' for every position a removed word left. */
    static String format(List<AnalyzedToken> tokens) {
        StringBuilder text = new StringBuilder();
        int next = 0;
        for (AnalyzedToken token : tokens) {
            for (; next < token.position(); next++) {
                text.append(text.length() == 0 ? "" : " ").append('_');
            }
            text.append(text.length() == 0 ? "" : " ").append(token.term());
            next = token.position() + 1;
        }
        return text.toString();
    }

    static String unescape(String escaped) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\' || i + 1 == escaped.length()) {
                text.append(c);
                continue;
            }
            char kind = escaped.charAt(++i);
            switch (kind) {
                case 't' -> text.append('\t');
                case 'n' -> text.append('\n');
                case 'u' -> {
                    text.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(kind);
            }
        }
        return text.toString();
    }
}
