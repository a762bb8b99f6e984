package org.casebake.conformance;

import org.casebake.search.BrowserSession;
import org.casebake.testing.AxeCheck;
import org.casebake.testing.FileTree;
import org.casebake.testing.HtmlValidity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two checkers the site tests rely on do find what the issue reported, and say where: a page
 * with the old search box (a combobox on a search field), an image without alt text and a labelled
 * plain div.
 */
@Tag(AxeCheck.TAG)
class CheckersFindProblemsTest {

    private static final String BAD_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Bad</title></head>
            <body><main><h1>Bad</h1>
            <label>Search <input type="search" role="combobox" aria-expanded="false"></label>
            <div aria-label="Filters"></div>
            <p><img src="chart.png"> <a>no target</a></p>
            </main></body></html>
            """;

    @TempDir
    Path work;

    @Test
    void theNuCheckerNamesEachErrorWithItsLineAndColumn() {
        Path page = work.resolve("site/cases/bad/index.html");
        FileTree.write(page, BAD_PAGE);
        FileTree.write(work.resolve("site/index.html"), BAD_PAGE.replace("<div aria-label=\"Filters\"></div>", ""));
        List<String> errors = new HtmlValidity().errorsInSite(work.resolve("site"));
        assertEquals(List.of(
                "cases/bad/index.html:4:73: error: Bad value “search” for attribute “type” on element “input”.",
                "cases/bad/index.html:5:26: error: The “aria-label” attribute must not be specified on any “div” element"
                        + " unless the element has a “role” value other than “caption”, “code”, “deletion”, “emphasis”,"
                        + " “generic”, “insertion”, “paragraph”, “presentation”, “strong”, “subscript”, or “superscript”.",
                "cases/bad/index.html:6:24: error: An “img” element must have an “alt” attribute, except under certain"
                        + " conditions. For details, consult guidance on providing text alternatives for images.",
                "index.html:4:73: error: Bad value “search” for attribute “type” on element “input”.",
                "index.html:6:24: error: An “img” element must have an “alt” attribute, except under certain"
                        + " conditions. For details, consult guidance on providing text alternatives for images."), errors);
    }

    @Test
    void axeNamesEachViolatedRuleAndItsElement() {
        Path page = work.resolve("bad.html");
        FileTree.write(page, BAD_PAGE);
        try (BrowserSession browser = new BrowserSession()) {
            browser.open(page.toUri().toString());
            List<String> rules = AxeCheck.violations(browser.driver()).stream()
                    .map(v -> v.substring(0, v.indexOf(": "))).toList();
            assertTrue(rules.contains("image-alt (critical) at [img]"), () -> "axe found " + rules);
            assertTrue(rules.contains("aria-prohibited-attr (serious) at [div]"), () -> "axe found " + rules);
        }
    }
}
