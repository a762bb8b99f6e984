package org.casebake.parse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casebake.parse.HtmlLinks.Change;
import org.casebake.parse.HtmlLinks.Use;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Whatever a text and the changes decided for its URLs, build after build, remembered rewrites give
 * what a rewrite from scratch gives, and ask about the same URLs in the same order.
 */
class LinkRewritesProperties {

    @Property(tries = 600)
    void rememberedRewritesGiveWhatAFreshRewriteGives(@ForAll("html") String html, @ForAll("builds") List<List<Integer>> builds) {
        LinkRewrites rewrites = LinkRewrites.kept();
        for (List<Integer> choices : builds) {
            List<Use> freshAsked = new ArrayList<>();
            List<Use> rememberedAsked = new ArrayList<>();
            String fresh = HtmlLinks.rewritten(html, deciding(choices, freshAsked)).html();
            String remembered = rewrites.rewrite(html, deciding(choices, rememberedAsked));
            rewrites.endBuild();
            assertEquals(fresh, remembered, () -> "for " + html + " with " + choices);
            assertEquals(freshAsked, rememberedAsked);
        }
    }

    /** The n-th URL asked about gets the change numbered by the n-th choice (0 keep, 1 and 2 point elsewhere, 3 remove). */
    private static Function<Use, Change> deciding(List<Integer> choices, List<Use> asked) {
        return use -> {
            int choice = choices.get(asked.size() % choices.size());
            asked.add(use);
            return switch (choice) {
                case 0 -> new Change.Keep();
                case 1 -> new Change.PointTo("../pointed/" + use.url());
                case 2 -> new Change.PointTo("#elsewhere");
                default -> new Change.Remove();
            };
        };
    }

    @Provide
    Arbitrary<String> html() {
        Arbitrary<String> piece = Arbitraries.of("<a href=\"a.md\">a</a>", "<img src=\"p.png\" alt=\"p\">", "<img src=\"q.png\" alt=\"\">",
                "<q cite=\"c.html\">q</q>", "<img src=\"r.png\" cite=\"s.html\" alt=\"r\">", "<a href=\"b.md\"><img src=\"in.png\" alt=\"i\"></a>",
                "<blockquote cite=\"d.html\"><p><a href=\"e.md\">e</a></p></blockquote>", " text ", "<em>em</em>", "&amp;", "<br>");
        return piece.list().ofMaxSize(8).map(pieces -> "<p>" + String.join("", pieces) + "</p>");
    }

    @Provide
    Arbitrary<List<List<Integer>>> builds() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(4);
    }
}
