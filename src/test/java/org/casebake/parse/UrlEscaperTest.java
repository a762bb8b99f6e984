package org.casebake.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Addresses are published as valid URLs, percent-encoded where a browser would encode them. */
class UrlEscaperTest {

    @Test
    void aValidAddressIsTheVerySameString() {
        String url = "https://example.com/a/b;c?d=1&e=(2)*3+4,5!$'~@x#frag";
        assertSame(url, UrlEscaper.escape(url));
    }

    @Test
    void quotesAngleBracketsAndSpacesAreEncoded() {
        assertEquals("https://news.example.com/a?b=1&c=%22%3E%3Cscript%3Ealert('url')%3C/script%3E",
                UrlEscaper.escape("https://news.example.com/a?b=1&c=\"><script>alert('url')</script>"));
        assertEquals("https://example.com/my%20report%7B1%7D.pdf", UrlEscaper.escape("https://example.com/my report{1}.pdf"));
    }

    @Test
    void aPercentSignThatStartsNoEscapeIsEncodedAndAnEscapeIsKept() {
        assertEquals("https://example.com/50%25-off?q=%C3%A9", UrlEscaper.escape("https://example.com/50%-off?q=%C3%A9"));
        assertEquals("https://example.com/x%25", UrlEscaper.escape("https://example.com/x%"));
    }

    @Test
    void onlyTheFirstHashStartsTheFragment() {
        assertEquals("https://example.com/#a%23b", UrlEscaper.escape("https://example.com/#a#b"));
    }

    @Test
    void bracketsStayInAnIpv6HostOnly() {
        assertEquals("http://[::1]:8080/a%5B0%5D", UrlEscaper.escape("http://[::1]:8080/a[0]"));
    }

    @Test
    void lettersBeyondAsciiStayAndControlsAreEncoded() {
        assertEquals("https://例え.jp/café%09x%7F", UrlEscaper.escape("https://例え.jp/café\tx\u007f"));
    }
}
