package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.casebake.authoring.BoardPost.TextFormat;
import org.junit.jupiter.api.Test;

class BodyConverterTest {

    private final BodyConverter converter = new BodyConverter();

    @Test
    void htmlStructureBecomesMarkdown() {
        assertEquals("## Costs\n\n* **prize**: $1M\n* *time*: 3 years\n\n> quoted\n\n[source](https://example.edu/a?b=1&c=2)",
                converter.toMarkdown("<h2>Costs</h2><ul><li><b>prize</b>: $1M</li><li><i>time</i>: 3 years</li></ul>"
                        + "<blockquote><p>quoted</p></blockquote><p><a href=\"https://example.edu/a?b=1&amp;c=2\">source"
                        + "</a></p>", TextFormat.HTML));
    }

    @Test
    void typographicQuotesDashesAndEllipsesAreKeptAsTheStudentWroteThem() {
        assertEquals("It’s “out-sourcing”—not a fad… isn’t it?",
                converter.toMarkdown("<p>It’s “out-sourcing”—not a fad… isn’t it?</p>", TextFormat.HTML));
    }

    @Test
    void scriptsStylesFramesHandlersAndDangerousLinksAreRemoved() {
        String hostile = "<p style=\"color:red\" onmouseover=\"steal()\">Hi <a href=\"JaVaScRiPt:alert(1)\">there</a>"
                + " <a href=\"data:text/html,x\">data</a></p><script>alert(1)</script><style>p{}</style>"
                + "<iframe src=\"https://evil.example\"></iframe><img src=x onerror=alert(1)><svg onload=alert(2)></svg>"
                + "<form><input value=\"x\"></form><object data=\"x\"></object>";
        assertEquals("Hi there data", converter.toMarkdown(hostile, TextFormat.HTML));
    }

    @Test
    void escapedMarkupInTheTextStaysText() {
        assertEquals("\\<script\\>alert(1)\\</script\\> and \\[x\\](javascript:alert(1))",
                converter.toMarkdown("<p>&lt;script&gt;alert(1)&lt;/script&gt; and [x](javascript:alert(1))</p>",
                        TextFormat.HTML));
    }

    @Test
    void plainTextKeepsItsParagraphsAndIsNeverReadAsHtml() {
        assertEquals("First, <b>not bold</b>.\n\nSecond.".replace("<", "\\<").replace(">", "\\>"),
                converter.toMarkdown("First, <b>not bold</b>.\r\n\r\nSecond.", TextFormat.PLAIN));
    }

    @Test
    void autoTreatsTextWithoutTagsAsPlainText() {
        assertEquals("One.\n\nTwo.", converter.toMarkdown("One.\n\nTwo.", TextFormat.AUTO));
        assertEquals("**One.**", converter.toMarkdown("<strong>One.</strong>", TextFormat.AUTO));
    }

    @Test
    void markdownPostsPassThroughTheSanitizerToo() {
        assertEquals("**Bold** and a link\n\nafter",
                converter.toMarkdown("**Bold** and [a link](javascript:alert(1))\n\n<script>x()</script>after",
                        TextFormat.MARKDOWN));
    }
}
