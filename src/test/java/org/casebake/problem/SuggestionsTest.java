package org.casebake.problem;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Did you mean" hints: the nearest known word within about a third of the word's length, the same
 * hint whatever order the candidates come in, and none when nothing is near.
 */
class SuggestionsTest {

    @Test
    void editsAreCountedOneByOneAndASwapOfNeighboursCountsAsOne() {
        assertEquals(0, Suggestions.distance("status", "status"));
        assertEquals(1, Suggestions.distance("stauts", "status"), "two neighbours swapped");
        assertEquals(1, Suggestions.distance("ab", "ba"));
        assertEquals(1, Suggestions.distance("statu", "status"), "one letter missing");
        assertEquals(1, Suggestions.distance("statuss", "status"), "one letter too many");
        assertEquals(1, Suggestions.distance("statas", "status"), "one letter replaced");
        assertEquals(3, Suggestions.distance("abc", ""));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(0, Suggestions.distance("", ""));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }

    @Test
    void aMisspeltFieldGetsTheFieldItWasMeantToBe() {
        assertEquals(Optional.of("status"), Suggestions.didYouMean("stauts", List.of("author", "questions", "status", "featured")));
        assertEquals(Optional.of("questions"), Suggestions.didYouMean("Qestions", List.of("author", "questions", "status")),
                "case does not count");
    }

    @Test
    void twoCandidatesAsNearAsEachOtherGiveTheFirstInAlphabeticalOrderWhateverTheOrderTheyComeIn() {
        assertEquals(Optional.of("state"), Suggestions.didYouMean("stat", List.of("state", "stats")));
        assertEquals(Optional.of("state"), Suggestions.didYouMean("stat", List.of("stats", "state")));
        assertEquals(Optional.of("state"), Suggestions.didYouMean("stat", List.of("stats", "zzzzzzzz", "state")));
    }

    @Test
    void aWordFartherThanAThirdOfItsLengthGetsNoHint() {
        assertEquals(Optional.of("abcdxy"), Suggestions.didYouMean("abcdef", List.of("abcdxy")), "two edits in six letters");
        assertEquals(Optional.empty(), Suggestions.didYouMean("abcdef", List.of("abcxyz")), "three edits in six letters");
        assertEquals(Optional.of("abcdefxyz"), Suggestions.didYouMean("abcdefghi", List.of("abcdefxyz")), "three edits in nine letters");
        assertEquals(Optional.empty(), Suggestions.didYouMean("abcdefghijklmnop", List.of("abcdefghijklwxyz")),
                "never more than three edits, however long the word");
        assertEquals(Optional.of("ab"), Suggestions.didYouMean("a", List.of("ab")), "a short word may still be one edit off");
        assertEquals(Optional.empty(), Suggestions.didYouMean("a", List.of("abc")));
    }

    @Test
    void noCandidatesGiveNoHint() {
        assertEquals(Optional.empty(), Suggestions.didYouMean("status", List.of()));
    }
}
