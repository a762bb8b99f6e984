package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which numbered lists become a case's questions, as the blog import sees a post. */
class QuestionFinderTest {

    private final QuestionFinder finder = new QuestionFinder();
    private final WordPressText wordPress = new WordPressText();
    private final BodyConverter bodies = new BodyConverter();

    private QuestionFinder.Found fromPost(String stored) {
        return finder.find(bodies.toMarkdown(wordPress.toHtml(stored), BoardPost.TextFormat.HTML));
    }

    @Test
    void aListRightAfterABoldLabelInTheSameChunkIsFound() {
        QuestionFinder.Found found = fromPost("Text.\n\n<strong>Questions for discussion:</strong>\n<ol>\n"
                + "<li>Why?</li>\n<li>How <em>much</em>?</li>\n</ol>\n\nAfter.");
        assertEquals(List.of("Why?", "How much?"), found.questions());
        assertEquals("Text.\n\nAfter.", found.text());
    }

    @Test
    void numberedParagraphsUnderAnUpperCaseHeadingAreFound() {
        QuestionFinder.Found found = fromPost("<h2>DISCUSSION QUESTIONS</h2>\n\n1. First one?\n\n2. Second one?");
        assertEquals(List.of("First one?", "Second one?"), found.questions());
        assertEquals("", found.text());
    }

    @Test
    void aPlainQuestionsParagraphWithNumberedLinesIsFound() {
        assertEquals(List.of("Why pay people to leave?", "Would it work here?"),
                fromPost("questions\n\n1) Why pay people to leave?\n2) Would it work here?").questions());
    }

    @Test
    void aNumberedListWithoutTheLabelIsNotTakenForQuestions() {
        QuestionFinder.Found found = fromPost("Three steps:\n<ol><li>Plan</li><li>Do</li></ol>");
        assertEquals(List.of(), found.questions());
        assertEquals("Three steps:\n\n1. Plan\n2. Do", found.text());
    }

    @Test
    void aSentenceMentioningQuestionsIsNotALabel() {
        assertEquals(List.of(), fromPost("Send me your questions by Friday.\n\n1. Not a question").questions());
    }
}
