package org.casebake.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks the hostile-content tests rely on find what a browser would run, and only that. */
class LinkSafetyTest {

    @Test
    void theSchemeIsReadAsABrowserReadsIt() {
        assertEquals("javascript", LinkSafety.scheme("JaVaScRiPt:alert(1)"));
        assertEquals("javascript", LinkSafety.scheme("  \u0001javascript:alert(1)"));
        assertEquals("javascript", LinkSafety.scheme("java\tscr\nip\rt:alert(1)"));
        assertEquals("vbscript", LinkSafety.scheme("VBScript:msgbox(1)"));
        assertEquals("data", LinkSafety.scheme("data:text/html,x"));
        assertEquals("https", LinkSafety.scheme("HTTPS://example.com/"));
        // Not schemes: a browser reads these as relative paths.
        assertEquals("", LinkSafety.scheme("%6Aavascript:alert(1)"));
        assertEquals("", LinkSafety.scheme("\u00A0javascript:alert(1)"));
        assertEquals("", LinkSafety.scheme("./javascript:alert(1)"));
        assertEquals("", LinkSafety.scheme("#answer-1"));
    }

    @Test
    void everyAttributeThatLoadsOrFollowsAnAddressIsChecked() {
        Element html = Jsoup.parseBodyFragment("<a href='https://ok.example'>ok</a><a href='mailto:a@b.c'>m</a>"
                + "<img src='ok.png' srcset='ok.png 1x, JAVASCRIPT:x 2x'><video poster='data:image/png,x'></video>"
                + "<button formaction='vbscript:x'>b</button><svg><a xlink:href='file:///etc/passwd'>s</a></svg>"
                + "<form action='java&#9;script:x'></form><p title='javascript:x'>title is not an address</p>").body();
        assertEquals(List.of("<img srcset=\"ok.png 1x, JAVASCRIPT:x 2x\">", "<video poster=\"data:image/png,x\">",
                "<button formaction=\"vbscript:x\">", "<a xlink:href=\"file:///etc/passwd\">",
                "<form action=\"java\tscript:x\">"), LinkSafety.unsafeAddresses(html));
    }

    @Test
    void aLinkToAnotherSiteNeedsEveryRelToken() {
        Element html = Jsoup.parseBodyFragment("<a href='https://a.example' rel='nofollow noopener'>1</a>"
                + "<a href='//b.example' rel='noopener'>2</a><a href='https://c.example' rel='nofollow noopener opener'>3</a>"
                + "<a href='page.html'>local</a><a href='#x'>fragment</a>").body();
        assertEquals(List.of("<a href=\"//b.example\" rel=\"noopener\">2</a>",
                "<a href=\"https://c.example\" rel=\"nofollow noopener opener\">3</a>"),
                LinkSafety.externalLinksWithoutRel(html, "nofollow", "noopener"));
        assertTrue(LinkSafety.isExternal(" HTTP://x.example"));
        assertFalse(LinkSafety.isExternal("x.example/page.html"));
    }

    @Test
    void handlersAndStylesAreFoundInAnyCase() {
        Element html = Jsoup.parseBodyFragment("<p OnClick='x'>a</p><span style='color:red'>b</span><i>c</i>").body();
        assertEquals(List.of("<p onclick=\"x\">", "<span style=\"color:red\">"), LinkSafety.handlersAndStyles(html));
    }
}
