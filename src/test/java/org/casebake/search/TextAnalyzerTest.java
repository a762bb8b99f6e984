package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.casebake.testing.GoldenFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();

    @BeforeAll
    static void updateTableWhenAsked() throws IOException {
        if (GoldenFiles.updating()) {
            AnalysisTable.rewrite(text -> AnalysisTable.format(ANALYZER.analyze(text)));
        }
    }

    @AfterAll
    static void close() {
        ANALYZER.close();
    }

    @Test
    void everyRowOfTheSharedTableGivesItsExpectedTerms() throws IOException {
        List<AnalysisTable.Row> rows = AnalysisTable.rows();
        StringBuilder wrong = new StringBuilder();
        for (AnalysisTable.Row row : rows) {
            String actual = AnalysisTable.format(ANALYZER.analyze(row.input()));
            if (!actual.equals(row.expected())) {
                wrong.append(AnalysisTable.FILE).append(':').append(row.line()).append(": expected [")
                        .append(row.expected()).append("] but Lucene gives [").append(actual).append("]\n");
            }
        }
        assertEquals("", wrong.toString());
        assertEquals(true, rows.size() > 50, "the table should cover many cases");
    }

    @Test
    void stemmingFoldingAndStopWordsMeetInOneTerm() {
        assertEquals("_ innov _ zoe", AnalysisTable.format(ANALYZER.analyze("The innovations of Zoë")));
    }

    @Test
    void removedStopWordsLeavePositionGapsForPhrases() {
        List<AnalyzedToken> tokens = ANALYZER.analyze("cost of security");
        assertEquals(List.of(new AnalyzedToken("cost", 0), new AnalyzedToken("secur", 2)), tokens);
    }
}
