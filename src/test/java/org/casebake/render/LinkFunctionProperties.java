package org.casebake.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code link(url)} leads where {@code ${root}${url}} leads, from any page to any page, under any
 * sub-path and from disk, and is never longer.
 */
class LinkFunctionProperties {

    @Property(tries = 2000)
    void aLinkLeadsWhereTheRootedLinkLeadsAndIsNeverLonger(@ForAll("paths") String page, @ForAll("targets") String url,
                                                            @ForAll("bases") String base) {
        String href = LinkFunction.from(page).href(url);
        URI from = URI.create(base + page);
        assertEquals(from.resolve(Page.rootOf(page) + url), from.resolve(href), page + " -> " + url + " as " + href);
        assertTrue(href.length() <= (Page.rootOf(page) + url).length(), href);
        assertTrue(!href.startsWith("/") && !href.contains("//"), href);
    }

    @Property(tries = 200)
    void onAPageWithAnAbsoluteRootALinkIsThatRootAndTheUrl(@ForAll("targets") String url) {
        assertEquals("/~prof/mgmt301/" + url, new LinkFunction("404.html", "/~prof/mgmt301/").href(url));
    }

    @Provide
    Arbitrary<String> bases() {
        return Arbitraries.of("https://example.edu/", "https://example.edu/~prof/mgmt301/", "file:///home/student/site/");
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> folder = Arbitraries.of("cases", "themes", "questions", "q1", "q2", "q10", "case-a", "case-ab",
                "page", "2", "evidence", "a");
        return folder.list().ofMaxSize(6).map(parts -> String.join("/", parts))
                .map(dir -> dir.isEmpty() ? "index.html" : dir + "/index.html");
    }

    @Provide
    Arbitrary<String> targets() {
        Arbitrary<String> fragment = Arbitraries.of("", "#answer-1a2b3c", "#q2", "#in-case-a-q1");
        return Combinators.combine(paths(), fragment).as(String::concat);
    }
}
