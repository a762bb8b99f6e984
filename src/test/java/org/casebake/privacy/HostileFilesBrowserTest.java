package org.casebake.privacy;

import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.search.BrowserSession;
import org.casebake.testing.FileTree;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriverException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens every HTML page and SVG file of the hostile fixtures' builds in Chromium, as a student
 * would, and sees that no script runs: the fixtures' scripts, event handlers and {@code javascript:}
 * links would set {@code window.casebakePwned} and open an alert. Fails when Chromium is missing.
 */
class HostileFilesBrowserTest {

    private static final String MARKER = "return window.casebakePwned === undefined ? null : String(window.casebakePwned)";

    @TempDir
    static Path work;

    private static BrowserSession browser;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noPublishedPageOrImageOfTheHostileFixturesRunsScript() {
        List<Path> sites = new ArrayList<>();
        for (String fixture : List.of("hostile-files", "hostile-answer")) {
            SiteFixture students = SiteFixture.of(fixture, work.resolve(fixture + "-students"));
            students.build();
            sites.add(students.output());
            SiteFixture instructors = SiteFixture.of(fixture, work.resolve(fixture + "-instructors"));
            instructors.build(new BuildOptions(Audience.INSTRUCTOR, true));
            sites.add(instructors.output());
        }
        List<String> opened = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        for (Path site : sites) {
            for (String file : FileTree.snapshot(site).keySet()) {
                if (file.endsWith(".html") || file.endsWith(".svg")) {
                    opened.add(file);
                    scriptThatRan(site.resolve(file)).ifPresent(what -> ran.add(site.getFileName() + "/" + file + ": " + what));
                }
            }
        }
        assertEquals(List.of(), ran);
        assertTrue(opened.contains("cases/open-source-prize/diagram.svg"), "the published SVG was opened: " + opened);
        assertTrue(opened.contains("cases/open-source-prize/teaching-notes/index.html"), "instructor pages were opened too");
    }

    @Test
    void theCheckSeesAScriptThatRuns() {
        // Guards the test above: a check that could not see script run would pass for any site.
        Path folder = work.resolve("planted");
        FileTree.write(folder.resolve("handler.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "onload=\"window.casebakePwned = 'svg'\"><rect width=\"1\" height=\"1\"/></svg>");
        FileTree.write(folder.resolve("alert.html"), "<!doctype html><title>x</title><img src=\"nothing.png\" onerror=\"alert('img')\">");
        FileTree.write(folder.resolve("marker.html"), "<!doctype html><title>x</title><script>window.casebakePwned = 'html'</script>");
        assertEquals("marker 'svg'", scriptThatRan(folder.resolve("handler.svg")).orElse("nothing"));
        assertEquals("alert 'img'", scriptThatRan(folder.resolve("alert.html")).orElse("nothing"));
        assertEquals("marker 'html'", scriptThatRan(folder.resolve("marker.html")).orElse("nothing"));
    }

    /** What a file did when opened: an alert, or the marker set; empty when no script ran. */
    private static java.util.Optional<String> scriptThatRan(Path file) {
        try {
            browser.open(file.toUri().toString());
            // Handlers such as onerror fire when their resource fails, just after the load; let them.
            browser.script("return new Promise(r => setTimeout(r, 50))");
        } catch (UnhandledAlertException e) {
            return java.util.Optional.of("alert '" + e.getAlertText() + "'");
        }
        try {
            String alert = browser.driver().switchTo().alert().getText();
            browser.driver().switchTo().alert().accept();
            return java.util.Optional.of("alert '" + alert + "'");
        } catch (NoAlertPresentException e) {
            // No alert: see whether a script set the marker instead.
        }
        try {
            Object marker = browser.script(MARKER);
            return marker == null ? java.util.Optional.empty() : java.util.Optional.of("marker '" + marker + "'");
        } catch (UnhandledAlertException e) {
            return java.util.Optional.of("alert '" + e.getAlertText() + "'");
        } catch (WebDriverException e) {
            throw new AssertionError("cannot read the page " + file + ": " + e.getMessage(), e);
        }
    }
}
