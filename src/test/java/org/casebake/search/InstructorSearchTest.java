package org.casebake.search;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the instructor's preview the teaching notes are searchable like everything else, in Chromium;
 * the student build's index never holds them (WithheldContentTest scans it).
 */
class InstructorSearchTest {

    /** A word of the sample's teaching notes that no case, question, answer or comparison uses. */
    private static final String NOTES_WORD = "unpaid";

    @TempDir
    static Path folder;
    private static SiteServer server;
    private static BrowserSession browser;

    @BeforeAll
    static void buildTheInstructorEditionOfTheSample() {
        SiteFixture sample = SiteFixture.sample(folder);
        BuildResult result = new SiteBuild(SiteFixture.VERSION).run(new BuildRequest(sample.source(), sample.output(),
                new BuildOptions(Audience.INSTRUCTOR, false), true));
        assertTrue(result.succeeded(), () -> String.join("\n", result.problems().formatLines()));
        server = new SiteServer(sample.output());
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        BrowserSession.closeBoth(browser, server);
    }

    @Test
    void aWordOfTheTeachingNotesFindsThemAndEnterOpensThem() {
        browser.open(server.root() + "index.html");
        WebElement input = browser.find("#cb-search-input");
        input.sendKeys(NOTES_WORD);
        browser.waitFor(d -> !browser.findAll("#cb-search-panel [role=option]").isEmpty());
        // Titled with the section the passage comes from.
        assertEquals(List.of("Teaching notes › Running the discussion"), browser.findAll("#cb-search-panel .cb-search-result-title").stream()
                .map(e -> e.getDomProperty("textContent")).toList());
        assertEquals("Teaching notes", browser.find("#cb-search-panel .cb-search-badge").getDomProperty("textContent"));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        browser.waitFor(d -> d.getCurrentUrl().contains("cases/netflix-oss-prize/teaching-notes/index.html"));
        assertEquals(NOTES_WORD, browser.find("mark.cb-search-hit").getText().toLowerCase(java.util.Locale.ROOT));
    }
}
