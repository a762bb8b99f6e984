package org.casebake.build;

import org.casebake.parse.Markdown;
import org.casebake.parse.RenderedText;
import org.casebake.parse.TextSection;
import org.casebake.source.Memo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class RememberedMarkdownTest {

    private final List<String> rendered = new ArrayList<>();
    private final Markdown counting = (markdown, idPrefix) -> {
        rendered.add(idPrefix + markdown);
        return new RenderedText("<p>" + idPrefix + markdown + "</p>", List.of(new TextSection("", "", markdown)));
    };
    private final RememberedMarkdown cache = new RememberedMarkdown(counting, Memo.kept());

    @Test
    void sameTextWithTheSamePrefixIsRenderedOnce() {
        RenderedText first = cache.render("Some *text*", "a-");
        assertSame(first, cache.render("Some *text*", "a-"));
        cache.render("Some *text*", "b-");
        cache.render("Other text", "a-");
        assertEquals(List.of("a-Some *text*", "b-Some *text*", "a-Other text"), rendered);
        assertEquals("<p>b-Some *text*</p>", cache.render("Some *text*", "b-").html());
    }

    @Test
    void entriesTheLastBuildDidNotUseAreForgotten() {
        cache.render("kept", "");
        cache.render("edited, first version", "");
        cache.forgetUnused();
        cache.render("kept", "");
        cache.render("edited, second version", "");
        cache.forgetUnused();
        assertEquals(2, cache.size());
        cache.render("kept", "");
        cache.render("edited, first version", "");
        assertEquals(List.of("kept", "edited, first version", "edited, second version", "edited, first version"), rendered);
    }
}
