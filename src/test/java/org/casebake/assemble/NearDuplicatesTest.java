package org.casebake.assemble;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearDuplicatesTest {

    private final NearDuplicates finder = new NearDuplicates();

    @Property(tries = 100)
    void identicalTextsAreAlwaysFlagged(@ForAll("texts") String text, @ForAll("texts") String other) {
        List<NearDuplicates.Pair> pairs = finder.among(List.of(new NearDuplicates.Text("b.md", text),
                new NearDuplicates.Text("a.md", text.toUpperCase(java.util.Locale.ROOT) + "!"),
                new NearDuplicates.Text("c.md", "zzz " + other)));
        assertTrue(pairs.stream().anyMatch(p -> p.first().equals("a.md") && p.second().equals("b.md")
                && p.similarity() == 1.0 && p.percent() == 100), pairs.toString());
    }

    @Property(tries = 100)
    void textsWithNoWordInCommonAreNeverFlagged(@ForAll("texts") String text, @ForAll("texts") String other) {
        String disjoint = other.replace('a', 'x').replace('b', 'y').replace('c', 'z').replace('d', 'w').replace('e', 'v');
        assertEquals(List.of(), finder.among(List.of(new NearDuplicates.Text("a.md", text),
                new NearDuplicates.Text("b.md", disjoint))));
    }

    @Property(tries = 50)
    void everyReportedPairReachesTheThreshold(@ForAll("corpora") List<String> texts) {
        List<NearDuplicates.Text> named = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            named.add(new NearDuplicates.Text(String.format("answer-%02d.md", i), texts.get(i)));
        }
        for (NearDuplicates.Pair pair : finder.among(named)) {
            assertTrue(pair.similarity() >= NearDuplicates.THRESHOLD || pair.contained() >= NearDuplicates.THRESHOLD,
                    pair.toString());
            assertTrue(pair.first().compareTo(pair.second()) < 0);
        }
    }

    @Test
    void aCopyWithAParagraphAddedIsFlaggedWithTheLongestSharedPassage() {
        String original = "Netflix pays outside programmers a prize, and so it finds bugs that its own staff would miss,"
                + " at a fraction of the cost of a team. The best entries also show whom to hire next year.";
        String copy = original.replace("whom to hire", "who to hire") + " I also think Microsoft and IBM should try the"
                + " same thing with their own software, though they will not like to give away their code to rivals.";
        List<NearDuplicates.Pair> pairs = finder.among(List.of(new NearDuplicates.Text("b.md", copy),
                new NearDuplicates.Text("a.md", original), new NearDuplicates.Text("c.md", "Staff know the code best.")));
        assertEquals(1, pairs.size(), pairs.toString());
        NearDuplicates.Pair pair = pairs.get(0);
        assertEquals(List.of("a.md", "b.md"), List.of(pair.first(), pair.second()));
        assertTrue(pair.similarity() < 0.5 && pair.contained() > 0.7, pair.toString());
        assertEquals("netflix pays outside programmers a prize and so it finds bugs that its own staff would miss at a"
                + " fraction of the cost of …", pair.overlap());
    }

    @Test
    void shortTextsThatShareAFewWordsAreNotFlagged() {
        assertEquals(List.of(), finder.among(List.of(new NearDuplicates.Text("a.md", "I agree with the case."),
                new NearDuplicates.Text("b.md", "I agree with the case, mostly."))));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(6).list().ofMinSize(1).ofMaxSize(60)
                .map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<List<String>> corpora() {
        return texts().list().ofMinSize(2).ofMaxSize(12);
    }
}
