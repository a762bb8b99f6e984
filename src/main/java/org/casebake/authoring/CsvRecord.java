package org.casebake.authoring;

import java.util.List;

/**
 * One record of a CSV file: the line it starts on (1-based), its fields, and what is wrong with its
 * quoting ({@code defect}, null when nothing is).
 */
public record CsvRecord(int line, List<String> fields, String defect) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }
}
