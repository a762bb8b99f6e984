package org.casebake.problem;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Warnings are reported but fail nothing; a long report is cut after a hundred lines, and says how many it left out. */
class ProblemReportTest {

    @Test
    void warningsAloneAreNotErrors() {
        ProblemCollector problems = new ProblemCollector();
        problems.add(Problem.warning("messages/fr.yml", "unchanged copy", null));
        assertFalse(problems.hasErrors());
        assertEquals(0, problems.errorCount());
        ProblemReport report = problems.report();
        assertFalse(report.hasErrors());
        assertEquals(0, report.errorCount());
        assertEquals(List.of("messages/fr.yml:1:1: warning: unchanged copy"), report.formatLines());
    }

    @Test
    void onlyErrorsAreCountedAsErrors() {
        ProblemCollector problems = new ProblemCollector();
        problems.add(Problem.warning("a.md", "odd", null));
        problems.error("b.md", 2, 3, "wrong", "fix it");
        problems.error("c.md", "unreadable", null);
        assertTrue(problems.hasErrors());
        assertEquals(2, problems.errorCount());
        assertEquals(2, problems.report().errorCount());
        assertTrue(problems.report().hasErrors());
    }

    @Test
    void anEmptyReportHasNothingToSay() {
        assertFalse(ProblemReport.empty().hasErrors());
        assertEquals(List.of(), ProblemReport.empty().formatLines());
    }

    @Test
    void aHundredProblemsArePrintedInFull() {
        List<String> lines = reportOf(ProblemReport.PRINT_CAP).formatLines();
        assertEquals(100, lines.size());
        assertEquals("content/p100.md:1:1: error: wrong", lines.get(99));
    }

    @Test
    void theHundredAndFirstProblemIsCountedInsteadOfPrinted() {
        List<String> lines = reportOf(ProblemReport.PRINT_CAP + 2).formatLines();
        assertEquals(101, lines.size());
        assertEquals("content/p100.md:1:1: error: wrong", lines.get(99));
        assertEquals("... and 2 more problems not shown", lines.get(100));
    }

    @Test
    void aColumnWithoutALineIsPrintedAtOneOne() {
        assertEquals("x.md:1:1: error: wrong", Problem.error("x.md", 0, 4, "wrong", null).format());
    }

    private static ProblemReport reportOf(int count) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            problems.add(Problem.error(String.format("content/p%03d.md", i), "wrong", null));
        }
        return new ProblemReport(problems);
    }
}
