package org.casebake.validate;

import org.casebake.problem.Located;
import org.casebake.problem.ProblemCollector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerPartsTest {

    private final ProblemCollector problems = new ProblemCollector();

    private AnswerParts split(String body) {
        return AnswerParts.split("answers/a.md", body, 10, problems);
    }

    private static List<String> ids(AnswerParts.Part part) {
        return part.questionIds().stream().map(Located::value).toList();
    }

    @Test
    void eachMarkerStartsAPassageThatRunsToTheNextMarker() {
        AnswerParts parts = split("Before any part.\n\n<!-- part: q1 -->\nFirst.\n\n<!-- part: q2, q3 -->\nSecond.\n");
        assertEquals(2, parts.parts().size());
        assertEquals(List.of("q1"), ids(parts.parts().get(0)));
        assertEquals("Before any part.\n\n\nFirst.\n\n", parts.parts().get(0).markdown(),
                "the text before the first marker starts the first part, the marker's line left empty");
        assertEquals(10, parts.parts().get(0).firstLine(), "the body's first line, in the file's numbering");
        assertEquals(List.of("q2", "q3"), ids(parts.parts().get(1)));
        assertEquals("Second.\n\n", parts.parts().get(1).markdown());
        assertEquals(16, parts.parts().get(1).firstLine());
        assertTrue(!problems.hasErrors());
    }

    @Test
    void aFirstMarkerWithNothingBeforeItStartsItsPartOnTheNextLine() {
        AnswerParts parts = split("\n<!-- part: q1 -->\nFirst.\n");
        assertEquals("First.\n\n", parts.parts().get(0).markdown());
        assertEquals(12, parts.parts().get(0).firstLine(), "the line after the marker, in the file's numbering");
    }

    @Test
    void theWholeBodyLosesOnlyTheMarkerLinesAndKeepsItsLineNumbers() {
        String body = "Intro.\n<!-- part: q1 -->\nFirst.\n   <!--   PART:q2-->  \nSecond.";
        AnswerParts parts = split(body);
        assertEquals("Intro.\n\nFirst.\n\nSecond.", parts.body());
        assertEquals(body.split("\n", -1).length, parts.body().split("\n", -1).length);
    }

    @Test
    void theMarkerNamesEachQuestionWhereItIsWritten() {
        AnswerParts parts = split("<!-- part: q1,  q22 -->\nText.");
        List<Located<String>> located = parts.parts().get(0).questionIds();
        assertEquals(new Located<>("q1", 10, 12), located.get(0));
        assertEquals(new Located<>("q22", 10, 17), located.get(1));
    }

    @Test
    void aBodyWithoutMarkersIsKeptAsItIs() {
        String body = "Text <!-- a comment --> and more.\n";
        AnswerParts parts = split(body);
        assertSame(body, parts.body());
        assertEquals(List.of(), parts.parts());
    }

    @Test
    void markersInFencedCodeAreText() {
        String body = "~~~~\n<!-- part: q1 -->\n~~~\nstill code\n~~~~\n```\n<!-- part: q2 -->\n```\n";
        AnswerParts parts = split(body);
        assertEquals(List.of(), parts.parts());
        assertEquals(body, parts.body());
    }

    @Test
    void markersIndentedAsCodeOrInsideALineAreText() {
        AnswerParts parts = split("    <!-- part: q1 -->\nSee <!-- part: q2 --> here.\n");
        assertEquals(List.of(), parts.parts());
        assertTrue(!problems.hasErrors());
    }

    @Test
    void aMalformedOrEmptyMarkerIsAnErrorWhereItIsWritten() {
        split("Text.\n  <!-- part q1 -->\nMore.\n<!-- part: , -->\nEnd.");
        List<String> lines = problems.report().formatLines();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("answers/a.md:11:3: error: malformed part marker"), lines.get(0));
        assertTrue(lines.get(1).startsWith("answers/a.md:13:1: error: the part marker names no question"), lines.get(1));
    }
}
