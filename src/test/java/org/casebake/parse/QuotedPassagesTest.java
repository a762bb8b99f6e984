package org.casebake.parse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotedPassagesTest {

    private static final String ANSWER = "<p><strong>Outside programmers</strong> find bugs the company\u2019s own staff"
            + "\nwould miss.</p>\n<p>A prize costs less than a team, and the <a href=\"https://example.org/hire\">best"
            + " entries</a> show whom to hire.</p>";

    @Test
    void quoteIsFoundWhateverItsWhiteSpaceEmphasisAndQuotationMarks() {
        QuotedPassages passages = QuotedPassages.in(ANSWER);
        assertTrue(passages.contains("**Outside  programmers** find bugs the company's own staff would miss."));
        assertTrue(passages.contains("_Outside programmers_\n  find bugs"));
        assertTrue(passages.contains("would miss. A prize costs less"), "a quote may run over two paragraphs");
        assertTrue(passages.contains("the best entries show whom"), "a link's text is the answer's text");
        assertFalse(passages.contains("example.org"), "a link's address is not");
        assertFalse(passages.contains("outside programmers find"), "case counts");
        assertFalse(passages.contains("  "), "an empty quote is never found");
    }

    @Test
    void passageIsTheAnswersOwnWords() {
        QuotedPassages passages = QuotedPassages.in(ANSWER);
        assertEquals(Optional.of("Outside programmers find bugs the company\u2019s own staff would miss."),
                passages.passage("*Outside programmers* find bugs the company's own staff would miss."));
        assertEquals(Optional.of("miss. A prize"), passages.passage("miss.\nA prize"));
        assertEquals(Optional.empty(), passages.passage("whom to fire"));
    }

    @Test
    void closestPassageIsTheOneWithFewestDifferentWords() {
        QuotedPassages passages = QuotedPassages.in(ANSWER);
        assertEquals(Optional.of("A prize costs less than a team,"), passages.closest("a prize cost less then a team"));
        assertEquals(Optional.of("Outside programmers find bugs the company's own staff would miss."),
                passages.closest("outside programmers find the bugs that the company's staff would miss"));
        assertEquals(Optional.empty(), QuotedPassages.in("<p> </p>").closest("anything"));
    }

    @Test
    void eachQuoteIsMarkedInEveryRunOfTextItCoversWithItsIdOnTheFirst() {
        String marked = QuotedPassages.in(ANSWER).marked(List.of(
                new QuotedPassages.Mark("a-quote-1", "programmers find bugs"),
                new QuotedPassages.Mark("a-quote-2", "would miss. A prize"),
                new QuotedPassages.Mark("a-quote-3", "not in the answer")));
        Document page = Jsoup.parseBodyFragment(marked);
        assertEquals(Jsoup.parseBodyFragment(ANSWER).body().text(), page.body().text(), "the text is unchanged");
        List<Element> marks = page.select("mark.quote");
        assertEquals(List.of("programmers", "find bugs", "would miss.", "A prize"), marks.stream().map(Element::text).toList());
        assertEquals(List.of("a-quote-1", "a-quote-2"), page.select("mark.quote[id]").eachAttr("id"));
        assertEquals("programmers", page.getElementById("a-quote-1").text());
        assertEquals("strong", page.getElementById("a-quote-1").parent().normalName(), "marks nest inside the emphasis");
        assertEquals("p", page.select("mark.quote").get(1).parent().normalName());
    }

    @Property(tries = 200)
    void everyRunOfWordsOfATextIsFoundAndMarkedWithoutChangingTheText(@ForAll("texts") List<String> words,
            @ForAll("fractions") double from, @ForAll("fractions") double length) {
        String html = "<p>" + String.join(" ", words.subList(0, words.size() / 2)) + "</p><p><em>"
                + String.join(" ", words.subList(words.size() / 2, words.size())) + "</em></p>";
        int start = (int) (from * (words.size() - 1));
        int end = Math.min(words.size(), start + 1 + (int) (length * (words.size() - start)));
        String quote = String.join("  ", words.subList(start, end));
        QuotedPassages passages = QuotedPassages.in(html);
        assertTrue(passages.contains(quote), quote + " in " + html);
        Document marked = Jsoup.parseBodyFragment(QuotedPassages.in(html).marked(List.of(new QuotedPassages.Mark("q", quote))));
        assertEquals(Jsoup.parseBodyFragment(html).body().text(), marked.body().text());
        assertEquals(String.join(" ", words.subList(start, end)), String.join(" ", marked.select("mark.quote").eachText()));
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(4).list().ofMinSize(2).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }
}
