package org.casebake.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.casebake.parse.RenderedText;
import org.casebake.parse.TextSection;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pages' excerpt of an answer, which reads only the first characters it needs, is the excerpt of
 * the whole text joined: for any sections (empty ones, short ones, one space from the cut, thousands of
 * characters) and any length.
 */
class ExcerptProperties {

    @Property(tries = 3000)
    void theExcerptOfThePrefixIsTheExcerptOfTheWholeText(@ForAll("sections") List<TextSection> sections,
                                                         @ForAll @IntRange(min = 1, max = 300) int maxChars) {
        RenderedText text = new RenderedText("", sections);
        assertEquals(text.excerpt(maxChars), TemplateData.excerpt(text, maxChars), sections + " at " + maxChars);
    }

    @Provide
    Arbitrary<List<TextSection>> sections() {
        Arbitrary<String> words = Arbitraries.strings().withChars("ab ").ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> text = Arbitraries.oneOf(words, words.list().ofMaxSize(60).map(list -> String.join(" ", list)),
                Arbitraries.just(""), Arbitraries.just(" "), Arbitraries.strings().withChars("x").ofLength(400));
        return text.map(t -> new TextSection("", "", t)).list().ofMaxSize(5);
    }
}
