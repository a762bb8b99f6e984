package org.casebake.authoring;

import java.util.List;
import org.casebake.problem.Problem;

/**
 * A board export read into rows: its format, the column names in the order the file gives them, the
 * rows that could be read, and the problems of the rows that could not (each located by its line).
 */
public record ExportTable(ExportFormat format, List<String> columns, List<ExportRow> rows, List<Problem> problems) {

    public ExportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
