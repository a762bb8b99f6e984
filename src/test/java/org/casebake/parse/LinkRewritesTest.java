package org.casebake.parse;

import org.casebake.parse.HtmlLinks.Change;
import org.casebake.parse.HtmlLinks.Kind;
import org.casebake.parse.HtmlLinks.Use;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Rewrites remembered from build to build: every URL is asked about on every build (what is decided
 * reports problems and publishes files), and a text whose changes are the last ones is not parsed again.
 */
class LinkRewritesTest {

    private static final String HTML = "<p><a href=\"x.md\">x</a> <img src=\"fig.png\" cite=\"c.html\" alt=\"A\"></p>";

    private static Function<Use, Change> pointingLinksTo(String target, List<Use> asked) {
        return use -> {
            asked.add(use);
            return use.kind() == Kind.LINK ? new Change.PointTo(target) : new Change.Keep();
        };
    }

    @Test
    void aTextWhoseChangesAreTheLastOnesGetsTheLastRewriteAndEveryUrlIsAskedAgain() {
        LinkRewrites rewrites = LinkRewrites.kept();
        List<Use> first = new ArrayList<>();
        String once = rewrites.rewrite(HTML, pointingLinksTo("../x/", first));
        rewrites.endBuild();
        List<Use> second = new ArrayList<>();
        String twice = rewrites.rewrite(HTML, pointingLinksTo("../x/", second));

        assertEquals("<p><a href=\"../x/\">x</a> <img src=\"fig.png\" cite=\"c.html\" alt=\"A\"></p>", once);
        assertSame(once, twice, "the remembered rewrite, not a new one");
        assertEquals(List.of(new Use(Kind.LINK, "x.md", ""), new Use(Kind.IMAGE, "fig.png", "A"), new Use(Kind.OTHER, "c.html", "A")),
                second, "an image's other URLs carry its alt text too, as a rewrite gives them");
        assertEquals(first, second);
    }

    @Test
    void aTextWhoseChangesDifferIsRewrittenWithTheNewOnes() {
        LinkRewrites rewrites = LinkRewrites.kept();
        rewrites.rewrite(HTML, pointingLinksTo("../x/", new ArrayList<>()));
        rewrites.endBuild();
        assertEquals("<p><a href=\"../y/\">x</a> <img src=\"fig.png\" cite=\"c.html\" alt=\"A\"></p>",
                rewrites.rewrite(HTML, pointingLinksTo("../y/", new ArrayList<>())));
        rewrites.endBuild();
        assertSame(HTML, rewrites.rewrite(HTML, use -> new Change.Keep()), "nothing to change: the text as it came");
    }

    @Test
    void anElementRemovedLastTimeHasItsOtherUrlsAskedWhenItStays() {
        LinkRewrites rewrites = LinkRewrites.kept();
        List<String> firstAsked = new ArrayList<>();
        String removed = rewrites.rewrite(HTML, use -> {
            firstAsked.add(use.url());
            return use.kind() == Kind.IMAGE ? new Change.Remove() : new Change.Keep();
        });
        rewrites.endBuild();
        List<String> secondAsked = new ArrayList<>();
        String kept = rewrites.rewrite(HTML, use -> {
            secondAsked.add(use.url());
            return use.kind() == Kind.OTHER ? new Change.PointTo("d.html") : new Change.Keep();
        });

        assertEquals("<p><a href=\"x.md\">x</a> </p>", removed);
        assertEquals(List.of("x.md", "fig.png"), firstAsked);
        assertEquals("<p><a href=\"x.md\">x</a> <img src=\"fig.png\" cite=\"d.html\" alt=\"A\"></p>", kept);
        assertEquals(List.of("x.md", "fig.png", "c.html"), secondAsked);
    }

    @Test
    void rewritesThatKeepNothingParseEveryTime() {
        LinkRewrites rewrites = LinkRewrites.none();
        String once = rewrites.rewrite(HTML, pointingLinksTo("../x/", new ArrayList<>()));
        rewrites.endBuild();
        String twice = rewrites.rewrite(HTML, pointingLinksTo("../x/", new ArrayList<>()));
        assertEquals(once, twice);
        assertNotSame(once, twice);
    }

    @Test
    void aTextNotRewrittenByABuildIsForgotten() {
        LinkRewrites rewrites = LinkRewrites.kept();
        String once = rewrites.rewrite(HTML, pointingLinksTo("../x/", new ArrayList<>()));
        rewrites.endBuild();
        rewrites.endBuild();
        assertNotSame(once, rewrites.rewrite(HTML, pointingLinksTo("../x/", new ArrayList<>())));
    }
}
