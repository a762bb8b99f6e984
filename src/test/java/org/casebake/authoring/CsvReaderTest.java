package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvRecord record(int line, String... fields) {
        return new CsvRecord(line, List.of(fields), null);
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        String text = "a,b,c\r\n\"x, y\",\"she said \"\"no\"\"\",\"two\r\nlines\"\r\nlast,,\r\n";
        assertEquals(List.of(record(1, "a", "b", "c"), record(2, "x, y", "she said \"no\"", "two\nlines"),
                record(4, "last", "", "")), CsvReader.read(text));
    }

    @Test
    void aByteOrderMarkIsIgnoredAndEveryKindOfLineBreakEndsARecord() {
        String text = "\uFEFFid,name\n1,Ana\r2,Ben\r\n3,Chloé";
        assertEquals(List.of(record(1, "id", "name"), record(2, "1", "Ana"), record(3, "2", "Ben"),
                record(4, "3", "Chloé")), CsvReader.read(text));
    }

    @Test
    void emptyLinesAreSkippedButStillCounted() {
        assertEquals(List.of(record(1, "h"), record(4, "v")), CsvReader.read("h\n\r\n\nv\n\n"));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAsText() {
        assertEquals(List.of(record(1, "5\" floppy", "ok")), CsvReader.read("5\" floppy,ok"));
    }

    @Test
    void aQuoteThatIsNeverClosedIsTheDefectOfItsRecord() {
        List<CsvRecord> records = CsvReader.read("a,b\n1,\"open\n2,3\n");
        assertEquals(new CsvRecord(2, List.of("1", "open\n2,3\n"), "the quoted field opened on line 2 is never closed"),
                records.get(1));
    }

    @Test
    void textAfterAClosingQuoteIsADefectNamingBothLines() {
        assertEquals(new CsvRecord(1, List.of("ab\ncdx", "e"),
                "the quoted field opened on line 1 ends on line 2 with text after its quote"),
                CsvReader.read("\"ab\ncd\"x,e").get(0));
    }
}
