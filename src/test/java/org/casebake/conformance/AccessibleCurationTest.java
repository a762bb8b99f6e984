package org.casebake.conformance;

import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.search.BrowserSession;
import org.casebake.serve.LivePreview;
import org.casebake.serve.PreviewSettings;
import org.casebake.testing.AxeCheck;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The curation view of {@code casebake serve --audience instructor}, on a copy of the sample course
 * with answers in every status and with board context, opened in Chromium: no axe-core violation of
 * any impact in light and dark mode, with a filter applied, with the keyboard on an answer and with
 * every editor open; and the preview's problem overlay, over a page of the site with the instructor's
 * and the drafts' banners, in both modes.
 */
@Tag(AxeCheck.TAG)
@Timeout(300)
class AccessibleCurationTest {

    private static final String BASE = "/~prof/mgmt301/";
    private static final String VIEW = BASE + "_casebake/curate/";
    private static final String CASE_VIEW = VIEW + "netflix-oss-prize/";
    private static final String ANSWERS = "content/cases/netflix-oss-prize/answers/";

    @TempDir
    static Path work;
    private static SiteFixture course;
    private static LivePreview preview;
    private static BrowserSession browser;

    @BeforeAll
    static void serveTheSampleForTheInstructor() throws IOException {
        course = SiteFixture.sample(work);
        // The sample's answers are all curated; the view must also read well for the others.
        course.replace(ANSWERS + "answer-03.md", "status: curated", "status: pending");
        course.replace(ANSWERS + "answer-05.md", "status: curated", "status: rejected");
        course.replace(ANSWERS + "answer-04.md", "---\nauthor:",
                "---\n# Imported from the discussion board: post 7 of board.csv, subject \"Re: the prize\".\nauthor:");
        course.replace(ANSWERS + "answer-04.md", "status: curated", "status: curated\nreplyTo: answer-03");
        preview = start(course.source(), false);
        browser = new BrowserSession();
    }

    private static LivePreview start(Path source, boolean drafts) throws IOException {
        return LivePreview.start(new PreviewSettings(source, 0, new BuildOptions(Audience.INSTRUCTOR, drafts),
                PreviewSettings.DEFAULT_QUIET_PERIOD), "test", new PrintWriter(new StringWriter(), true));
    }

    @AfterAll
    static void stop() {
        // Closed in reverse order, the browser first; a resource that never started is null and skipped.
        try (LivePreview server = preview; BrowserSession chromium = browser) {
            // nothing more to do: leaving the block closes both
        }
    }

    @AfterEach
    void backToLightMode() {
        colorScheme("light");
    }

    @ParameterizedTest(name = "{0} mode")
    @ValueSource(strings = {"light", "dark"})
    void theListOfCasesAndACaseHaveNoViolation(String scheme) {
        colorScheme(scheme);
        open(VIEW);
        assertNoViolation(scheme + ", the list of cases");
        open(CASE_VIEW);
        assertEquals(14, answers().size(), "every answer of the case is shown");
        assertNoViolation(scheme + ", the case");
    }

    @Test
    void aFilteredCaseHasNoViolation() {
        open(CASE_VIEW);
        new Select(browser.driver().findElement(By.id("filter-status"))).selectByValue("pending");
        new Select(browser.driver().findElement(By.id("filter-question"))).selectByValue("q2");
        browser.driver().findElement(By.cssSelector(".curate-filters button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("status=pending") && "complete".equals(browser.script("return document.readyState")));
        assertTrue(browser.driver().getCurrentUrl().contains("question=q2"), browser.driver().getCurrentUrl());
        assertEquals(List.of(ANSWERS + "answer-03.md"), answers().stream().map(a -> a.getAttribute("data-answer-file")).toList());
        assertNoViolation("filtered by status and question");

        new Select(browser.driver().findElement(By.id("filter-status"))).selectByValue("rejected");
        new Select(browser.driver().findElement(By.id("filter-question"))).selectByValue("");
        browser.driver().findElement(By.cssSelector(".curate-filters button[type=submit]")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("status=rejected") && "complete".equals(browser.script("return document.readyState")));
        assertEquals(1, answers().size());
        assertNoViolation("filtered by status");
    }

    @Test
    void withTheKeyboardOnAnAnswerAndEveryEditorOpenThereIsNoViolation() {
        open(CASE_VIEW);
        new Actions(browser.driver()).sendKeys("jj").perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals(answers().get(1).getAttribute("data-answer-file"), focused.getAttribute("data-answer-file"),
                "j twice moves the focus to the second answer");
        assertNoViolation("the keyboard on an answer");

        browser.script("document.querySelectorAll('details').forEach(function (d) { d.open = true; })");
        assertTrue(browser.driver().findElement(By.cssSelector("details.curate-position textarea")).isDisplayed());
        assertNoViolation("every editor open");
    }

    @ParameterizedTest(name = "{0} mode")
    @ValueSource(strings = {"light", "dark"})
    void theProblemOverlayHasNoViolation(String scheme, @TempDir Path elsewhere) throws IOException {
        SiteFixture broken = SiteFixture.sample(elsewhere);
        // With drafts too, so that both banners are on the page under the overlay.
        try (LivePreview second = start(broken.source(), true)) {
            colorScheme(scheme);
            browser.open("http://127.0.0.1:" + second.port() + BASE + "cases/netflix-oss-prize/index.html");
            assertEquals(2, browser.driver().findElements(By.cssSelector(".audience-banner")).size());
            broken.replace(ANSWERS + "answer-01.md", "status: curated", "stauts: curated");
            browser.waitFor(d -> !d.findElements(By.id("casebake-problems")).isEmpty());
            assertTrue(browser.driver().findElement(By.id("casebake-problems")).getText().contains("stauts"));
            assertNoViolation(scheme + ", the problem overlay");
        }
    }

    private static void open(String path) {
        browser.open("http://127.0.0.1:" + preview.port() + path);
    }

    private static List<WebElement> answers() {
        return browser.driver().findElements(By.cssSelector("[data-answer-file]"));
    }

    private static void colorScheme(String scheme) {
        browser.devTools("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private static void assertNoViolation(String where) {
        List<String> found = AxeCheck.violations(browser.driver());
        assertTrue(found.isEmpty(), () -> where + ": " + found.size() + " violations\n" + String.join("\n", found));
    }
}
