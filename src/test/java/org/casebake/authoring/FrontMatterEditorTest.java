package org.casebake.authoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each curation change edits only the lines of its field, keeping comments, order and the body. */
class FrontMatterEditorTest {

    private static final String IMPORTED = """
            ---
            # Imported from the discussion board: post 12 of board.csv, subject "Open or closed?".
            author: "Doe, Jane"
            questions:
              - "q1"   # the first discussion
              - "q2"
            status: "pending"  # set to curated to publish
            submitted: "2024-02-20"
            importKey: "moodle:12"
            ---

            The text, with a line that looks like front matter:
            status: pending
            ---
            """;

    private static String apply(String text, AnswerChange change) throws EditRefused {
        return change.applyTo(FrontMatterEditor.of(text)).text();
    }

    @Test
    void curatingReplacesOnlyTheStatusValueAndKeepsItsComment() throws EditRefused {
        assertEquals(IMPORTED.replace("status: \"pending\"  # set", "status: curated  # set"),
                apply(IMPORTED, new AnswerChange.Status("curated")));
    }

    @Test
    void featuringAnAnswerWithoutTheFieldAddsItAsTheLastField() throws EditRefused {
        assertEquals(IMPORTED.replace("importKey: \"moodle:12\"\n", "importKey: \"moodle:12\"\nfeatured: true\n"),
                apply(IMPORTED, new AnswerChange.Featured(true)));
    }

    @Test
    void unfeaturingAnAnswerThatIsNotFeaturedChangesNothing() throws EditRefused {
        assertEquals(IMPORTED, apply(IMPORTED, new AnswerChange.Featured(false)));
    }

    @Test
    void settingQuestionsKeepsTheLinesOfTheQuestionsThatStay() throws EditRefused {
        assertEquals(IMPORTED.replace("  - \"q2\"\n", "  - q3\n"), apply(IMPORTED, new AnswerChange.Questions(List.of("q1", "q3"))));
    }

    @Test
    void aFlowListStaysOnItsLine() throws EditRefused {
        String text = "---\nauthor: A\nquestions: [q1]\nthemes: [cost, talent]   # from the config\n---\nBody\n";
        assertEquals(text.replace("[cost, talent]", "[cost, talent, security]"),
                apply(text, new AnswerChange.Theme("security", true)));
        assertEquals(text.replace("[cost, talent]", "[talent]"), apply(text, new AnswerChange.Theme("cost", false)));
    }

    @Test
    void removingTheLastThemeRemovesTheField() throws EditRefused {
        String text = "---\nauthor: A\nthemes:\n  - cost\nquestions: [q1]\n---\nBody\n";
        assertEquals("---\nauthor: A\nquestions: [q1]\n---\nBody\n", apply(text, new AnswerChange.Theme("cost", false)));
    }

    @Test
    void aPositionIsAddedInTheStyleOfTheListWithItsQuote() throws EditRefused {
        String text = """
                ---
                author: "Antonia"
                positions:
                  - {dimension: talent, side: open-source, view: strength}
                ---
                Body
                """;
        assertEquals(text.replace("strength}\n", "strength}\n"
                        + "  - {dimension: cost, side: in-house, view: weakness, quote: \"costs \\\"more\\\" than\"}\n"),
                apply(text, new AnswerChange.AddPosition("cost", "in-house", "weakness", "costs \"more\"\n than")));
    }

    @Test
    void aPositionIsRemovedWithAllItsLines() throws EditRefused {
        String text = """
                ---
                positions:
                - dimension: talent
                  side: open-source   # first
                  view: strength
                - dimension: cost
                  side: in-house
                  view: weakness
                author: B
                ---
                """;
        assertEquals("---\npositions:\n- dimension: cost\n  side: in-house\n  view: weakness\nauthor: B\n---\n",
                apply(text, new AnswerChange.RemovePosition(0)));
        assertEquals("---\nauthor: B\n---\n", apply(apply(text, new AnswerChange.RemovePosition(0)),
                new AnswerChange.RemovePosition(0)));
    }

    @Test
    void crlfFilesGetCrlfLinesAndKeepTheirByteOrderMark() throws EditRefused {
        String text = "\uFEFF---\r\nauthor: A\r\nquestions: [q1]\r\n---\r\nBody\r\n";
        assertEquals("\uFEFF---\r\nauthor: A\r\nquestions: [q1]\r\nstatus: rejected\r\n---\r\nBody\r\n",
                apply(text, new AnswerChange.Status("rejected")));
    }

    @Test
    void curatingAnAnswerWithoutStatusChangesNothing() throws EditRefused {
        String text = "---\nauthor: A\nquestions: [q1]\n---\nBody\n";
        FrontMatterEditor editor = FrontMatterEditor.of(text);
        assertSame(editor, new AnswerChange.Status("curated").applyTo(editor));
    }

    @Test
    void aFileWithoutFrontMatterIsRefused() {
        EditRefused refused = assertThrows(EditRefused.class, () -> FrontMatterEditor.of("Just text\n"));
        assertEquals(EditRefused.Reason.INVALID, refused.reason());
    }

    @Test
    void removingAPositionThatDoesNotExistIsRefused() {
        String text = "---\npositions: [{dimension: a, side: b, view: strength}]\n---\n";
        assertEquals("'positions' has no item 2", assertThrows(EditRefused.class,
                () -> apply(text, new AnswerChange.RemovePosition(1))).getMessage());
    }
}
