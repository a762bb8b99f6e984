package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchItemTest {

    private static final SearchItem.CaseRef CASE = new SearchItem.CaseRef("c", "C");
    private static final List<SearchSection> TEXT = List.of(new SearchSection("", "", "text"));

    @Test
    void eachFactoryBuildsAnItemOfItsType() {
        assertEquals(SearchItemType.CASE, SearchItem.caseStudy("c", "cases/c/index.html", CASE, List.of("t"), TEXT).type());
        assertEquals(SearchItemType.QUESTION,
                SearchItem.question("q", "cases/c/questions/q1/index.html", "Q1", CASE, "q1", "Q1 · Why?").type());
        assertEquals(SearchItemType.TEACHING_NOTE,
                SearchItem.teachingNote("n", "cases/c/teaching-notes/index.html", "Notes", CASE, TEXT).type());
        SearchItem comparison = SearchItem.comparison("x", "comparisons/x/index.html", "X", Optional.empty(), TEXT);
        assertEquals(SearchItemType.COMPARISON, comparison.type());
        assertEquals(Optional.empty(), comparison.ofCase());
        SearchItem answer = SearchItem.answer("a", "cases/c/index.html#answer-a", "Answer by A. B.", CASE, List.of("q1"),
                List.of("Q1 · Why?"), List.of("cost"), true, "A. B.", TEXT);
        assertEquals(Optional.of("A. B."), answer.author());
        assertEquals(Optional.of(CASE), answer.ofCase());
    }

    @Test
    void anAnswerCannotBeBuiltWithoutItsAuthor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> answer(Optional.empty()));
        assertEquals("item a: a ANSWER item needs its author", e.getMessage());
    }

    @Test
    void aCaseCannotCarryAnAuthor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SearchItem("c", SearchItemType.CASE, "cases/c/index.html", "C", Optional.of(CASE), List.of(),
                        List.of(), List.of(), List.of(), false, Optional.of("A. B."), TEXT));
        assertEquals("item c: a CASE item has no author", e.getMessage());
    }

    @Test
    void onlyAComparisonMayBelongToNoCase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SearchItem("n", SearchItemType.TEACHING_NOTE, "cases/c/teaching-notes/index.html", "Notes",
                        Optional.empty(), List.of(), List.of(), List.of(), List.of(), false, Optional.empty(), TEXT));
        assertEquals("item n: a TEACHING_NOTE item needs its case", e.getMessage());
    }

    @Test
    void themesTagsAndQuestionsBelongOnlyWhereTheTypeHasThem() {
        assertEquals("item q: a QUESTION item has no themes and is never featured", refused(() -> new SearchItem("q",
                SearchItemType.QUESTION, "q.html", "Q1", Optional.of(CASE), List.of("q1"), List.of("Q1"), List.of(),
                List.of(), true, Optional.empty(), List.of())));
        assertEquals("item q: a QUESTION item has no tags", refused(() -> new SearchItem("q", SearchItemType.QUESTION,
                "q.html", "Q1", Optional.of(CASE), List.of("q1"), List.of("Q1"), List.of(), List.of("t"), false,
                Optional.empty(), List.of())));
        assertEquals("item q: a QUESTION item belongs to one question", refused(() -> new SearchItem("q",
                SearchItemType.QUESTION, "q.html", "Q1", Optional.of(CASE), List.of(), List.of(), List.of(), List.of(),
                false, Optional.empty(), List.of())));
        assertEquals("item c: a CASE item belongs to no question", refused(() -> new SearchItem("c", SearchItemType.CASE,
                "c.html", "C", Optional.of(CASE), List.of("q1"), List.of("Q1"), List.of(), List.of(), false,
                Optional.empty(), TEXT)));
    }

    private static String refused(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }

    private static SearchItem answer(Optional<String> author) {
        return new SearchItem("a", SearchItemType.ANSWER, "cases/c/index.html#answer-a", "Answer", Optional.of(CASE),
                List.of("q1"), List.of("Q1 · Why?"), List.of("cost"), List.of(), true, author, TEXT);
    }
}
