package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterWriterTest {

    private static final List<String> AWKWARD = List.of(
            "O'Brien: \"x\"",
            "# not a comment",
            "- not a list",
            "yes",
            "null",
            "2025-03-03",
            "back\\slash and tab\t",
            "two\nlines\r\nand a carriage return",
            "next line \u0085 and line separator \u2028 here",
            "bell \u0007 and delete \u007f",
            "emoji 😀 and accents Zoë Łukasz",
            "---",
            "");

    @Test
    void everyAwkwardStringReadsBackUnchanged() {
        for (String value : AWKWARD) {
            String text = new FrontMatterWriter().string("author", value).withBody("");
            JsonNode front = TestSite.parseFrontMatter(text);
            assertEquals(value, front.path("author").asText(), text);
        }
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        String text = new FrontMatterWriter().string("author", "half \uD83D pair").withBody("");
        assertEquals("half \uFFFD pair", TestSite.parseFrontMatter(text).path("author").asText());
    }

    @Test
    void aCommentWithALineBreakStaysOneComment() {
        String text = new FrontMatterWriter().comment("subject\nauthor: \"injected\"").string("author", "A")
                .withBody("body");
        assertEquals("---\n# subject\\nauthor: \"injected\"\nauthor: \"A\"\n---\nbody\n", text);
        assertEquals("A", TestSite.parseFrontMatter(text).path("author").asText());
    }

    @Test
    void listsAreBlockListsOfQuotedStrings() {
        String text = new FrontMatterWriter().list("questions", List.of("q1", "q2")).withBody("");
        assertEquals("---\nquestions:\n  - \"q1\"\n  - \"q2\"\n---\n", text);
    }
}
