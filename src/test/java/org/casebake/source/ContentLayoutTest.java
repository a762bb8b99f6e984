package org.casebake.source;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one description of where content lives, as the scanner judges paths and the authoring commands resolve them. */
class ContentLayoutTest {

    @Test
    void aPathIsJudgedByWhereItLies() {
        assertEquals(Optional.of(SourceKind.CASE), ContentLayout.kindOf("content/cases/netflix/index.md"));
        assertEquals(Optional.of(SourceKind.ANSWER), ContentLayout.kindOf("content/cases/netflix/answers/answer-01.md"));
        assertEquals(Optional.of(SourceKind.TEACHING_NOTE), ContentLayout.kindOf("content/cases/netflix/teaching-notes.md"));
        assertEquals(Optional.of(SourceKind.COMPARISON), ContentLayout.kindOf("content/comparisons/open-vs-closed.md"));
        assertEquals(Optional.empty(), ContentLayout.kindOf("content/cases/netflix/notes.md"));
        assertEquals(Optional.empty(), ContentLayout.kindOf("content/cases/netflix/answers/old/answer-01.md"));
        assertEquals(Optional.empty(), ContentLayout.kindOf("content/answers/answer-01.md"));
        assertEquals(Optional.empty(), ContentLayout.kindOf("assets/cases/netflix/index.md"));
        assertEquals(Optional.empty(), ContentLayout.kindOf("content/cases/netflix/index.txt"));
    }

    @Test
    void filesBesideACaseAreTheCaseFoldersOtherFiles() {
        assertTrue(ContentLayout.isBesideACase("content/cases/netflix/figure.png"));
        assertTrue(ContentLayout.isBesideACase("content/cases/netflix/answers/sketch.png"));
        assertFalse(ContentLayout.isBesideACase("content/cases/netflix/index.md"));
        assertFalse(ContentLayout.isBesideACase("content/comparisons/chart.png"));
        assertTrue(ContentLayout.isInAnswers("content/cases/netflix/answers/sketch.png"));
        assertFalse(ContentLayout.isInAnswers("content/cases/netflix/figure.png"));
        assertTrue(ContentLayout.isInTeachingNotes("content/cases/netflix/teaching-notes/key.pdf"));
        assertFalse(ContentLayout.isInTeachingNotes("content/cases/netflix/teaching-notes.md"));
    }

    @Test
    void theCaseSlugIsTheFolderUnderCases() {
        assertEquals("netflix", ContentLayout.caseSlugOf("content/cases/netflix/answers/answer-01.md"));
        assertEquals("", ContentLayout.caseSlugOf("content/comparisons/open-vs-closed.md"));
        assertEquals("", ContentLayout.caseSlugOf("content/cases/netflix"));
    }

    @Test
    void thePlacesOnDiskAreThePathsTheScannerJudges() {
        ContentLayout layout = new ContentLayout(Path.of("course"));
        assertEquals(ContentLayout.casePath("netflix"), layout.display(layout.caseIndex("netflix")));
        assertEquals(Optional.of(SourceKind.CASE), ContentLayout.kindOf(layout.display(layout.caseIndex("netflix"))));
        assertEquals(Optional.of(SourceKind.ANSWER),
                ContentLayout.kindOf(layout.display(layout.answersFolder("netflix").resolve("answer-01.md"))));
        assertEquals(Optional.of(SourceKind.COMPARISON), ContentLayout.kindOf(layout.display(layout.comparison("open-vs-closed"))));
    }
}
