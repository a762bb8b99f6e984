package org.casebake.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReloadScriptTest {

    @Test
    void scriptGoesJustBeforeTheLastClosingBodyTag() {
        assertEquals("<html><body><p>&lt;/body&gt;</p><script src=\"/_casebake/live-reload.js\" data-casebake-build=\"7\"></script></BODY></html>",
                inject("<html><body><p>&lt;/body&gt;</p></BODY></html>", 7));
    }

    @Test
    void pageWithoutABodyTagGetsTheScriptAtItsEnd() {
        assertEquals("<p>fragment</p><script src=\"/_casebake/live-reload.js\" data-casebake-build=\"1\"></script>",
                inject("<p>fragment</p>", 1));
    }

    @Test
    void textWhoseLowerCaseIsLongerDoesNotMoveTheScript() {
        // "İ" lower-cases to two characters: a search in the lower-cased text lands one place late.
        assertEquals("<body><p>İİ</p><script src=\"/_casebake/live-reload.js\" data-casebake-build=\"3\"></script></body>",
                inject("<body><p>İİ</p></body>", 3));
    }

    @Test
    void closingBodyTagInAnyCaseAndNonAsciiTextAroundIt() {
        assertEquals("<p>é</p><script src=\"/_casebake/live-reload.js\" data-casebake-build=\"2\"></script></BoDy>ü",
                inject("<p>é</p></BoDy>ü", 2));
        assertEquals("</bod><script src=\"/_casebake/live-reload.js\" data-casebake-build=\"2\"></script>",
                inject("</bod>", 2));
    }

    @Test
    void problemsAreSentAsJsonThatCannotCloseAScriptElement() {
        PreviewState state = new PreviewState(SiteSnapshot.NONE,
                List.of("content/a.md:1:2: error: bad \"x\" </script><b>\\", "tab\there"));
        assertEquals("{\"build\":0,\"problems\":[\"content/a.md:1:2: error: bad \\\"x\\\" \\u003c/script\\u003e\\u003cb\\u003e\\\\\","
                + "\"tab\\there\"]}", state.toJson());
    }

    @Test
    void scriptIsInTheJar() {
        String script = new String(new ReloadScript().bytes(), StandardCharsets.UTF_8);
        assertEquals("// Casebake live preview: added to pages by `casebake serve` only, never to the built site.",
                script.lines().findFirst().orElse(""));
    }

    private static String inject(String html, long build) {
        return new String(ReloadScript.inject(html.getBytes(StandardCharsets.UTF_8), build), StandardCharsets.UTF_8);
    }
}
