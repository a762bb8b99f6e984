package org.casebake.authoring;

import java.util.Map;

/**
 * One post of a board export as it was read: the line of the export file where it starts, and its
 * values by column name (an empty string for a missing or null value).
 */
public record ExportRow(int line, Map<String, String> cells) {

    public ExportRow {
        cells = Map.copyOf(cells);
    }

    /** The value in a column, or an empty string when the column is null or absent. */
    public String cell(String column) {
        return column == null ? "" : cells.getOrDefault(column, "");
    }
}
