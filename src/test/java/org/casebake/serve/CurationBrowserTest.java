package org.casebake.serve;

import org.casebake.search.BrowserSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.casebake.serve.CurationFixture.CASE_VIEW;
import static org.casebake.serve.CurationFixture.CURATED;
import static org.casebake.serve.CurationFixture.PENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The curation view in headless Chromium, used with the keyboard as the page says (j/k to move, c, r,
 * f, u) and with a passage selected for a position: each change is checked against the answer file,
 * byte for byte.
 */
@Timeout(180)
class CurationBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private CurationFixture fixture;
    private BrowserSession browser;

    @BeforeEach
    void start() throws Exception {
        fixture = CurationFixture.start(temp.resolve("site"));
        browser = new BrowserSession();
    }

    @AfterEach
    void stop() {
        try {
            browser.close();
        } finally {
            fixture.close();
        }
    }

    @Test
    void curateRejectFeatureAndUndoFromTheKeyboardChangeOnlyTheirLines() {
        String original = fixture.read(PENDING);
        String curated = original.replace("status: \"pending\"  # set", "status: curated  # set");
        String rejected = original.replace("status: \"pending\"  # set", "status: rejected  # set");
        String featured = rejected.replace("importKey: \"moodle:12\"\n", "importKey: \"moodle:12\"\nfeatured: true\n");
        browser.open(fixture.url(CASE_VIEW));

        keys("j");
        assertEquals(PENDING, focused().getAttribute("data-answer-file"), "j moves to the first answer, the pending one");
        change("c", "curated");
        assertEquals(curated, fixture.read(PENDING));
        assertEquals(PENDING, focused().getAttribute("data-answer-file"), "the page comes back to the answer changed");

        change("u", "undone: curated");
        assertEquals(original, fixture.read(PENDING));

        change("r", "rejected");
        assertEquals(rejected, fixture.read(PENDING));
        assertEquals("Rejected", focused().findElement(By.cssSelector(".curate-status")).getText());

        change("f", "featured");
        assertEquals(featured, fixture.read(PENDING));
        change("f", "no longer featured");
        assertEquals(featured.replace("featured: true", "featured: false"), fixture.read(PENDING));

        change("u", "undone: no longer featured");
        change("u", "undone: featured");
        change("u", "undone: rejected");
        assertEquals(original, fixture.read(PENDING));
        keys("u");
        new WebDriverWait(browser.driver(), PATIENCE).until(ExpectedConditions.textToBe(By.id("curate-error"), "nothing to undo"));
        assertEquals(original, fixture.read(PENDING));
    }

    @Test
    void aSelectedPassageBecomesTheQuoteOfANewPosition() {
        String original = fixture.read(CURATED);
        browser.open(fixture.url(CASE_VIEW));
        WebElement answer = browser.driver().findElement(By.cssSelector("[data-answer-file='" + CURATED + "']"));
        browser.script("var p = arguments[0].querySelector('.answer-body p'), text = p.firstChild, at = text.data.indexOf(arguments[1]);"
                + "var range = document.createRange(); range.setStart(text, at); range.setEnd(text, at + arguments[1].length);"
                + "var selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);",
                answer, "someone still has to review\nevery contribution".replace("\n", " "));
        WebElement quote = answer.findElement(By.cssSelector("textarea[name=quote]"));
        new WebDriverWait(browser.driver(), PATIENCE).until(d -> !quote.getAttribute("value").isEmpty());
        assertEquals("someone still has to review every contribution", quote.getAttribute("value"));
        new Select(answer.findElement(By.cssSelector("select[name=dimension]"))).selectByVisibleText("Access to talent");
        new Select(answer.findElement(By.cssSelector("select[name=side]"))).selectByVisibleText("Prizes for outsiders");
        answer.findElement(By.cssSelector(".curate-view input[value=weakness]")).click();
        markPage();
        answer.findElement(By.cssSelector("button[data-action=add-position]")).click();
        awaitReload("position added (talent, prize, weakness)");
        assertEquals(original.replace("view: strength}\n", "view: strength}\n"
                + "  - {dimension: talent, side: prize, view: weakness, quote: \"someone still has to review every contribution\"}\n"),
                fixture.read(CURATED));

        WebElement remove = browser.driver().findElement(By.cssSelector("[data-answer-file='" + CURATED + "'] "
                + "button[data-action=remove-position][data-value='0']"));
        markPage();
        remove.click();
        awaitReload("position 1 removed");
        assertEquals(original.replace("  - {dimension: cost, side: prize, view: strength}\n",
                "  - {dimension: talent, side: prize, view: weakness, quote: \"someone still has to review every contribution\"}\n"),
                fixture.read(CURATED));
    }

    /** Presses {@code key} and waits for the reloaded page to say {@code message}. */
    private void change(String key, String message) {
        markPage();
        keys(key);
        awaitReload(message);
    }

    /** Marks the page shown now, so that {@link #awaitReload} can tell the reloaded one from it. */
    private void markPage() {
        browser.script("document.documentElement.setAttribute('data-before-change', '')");
    }

    private void awaitReload(String message) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), PATIENCE);
        wait.until(d -> Boolean.TRUE.equals(browser.script("return document.readyState === 'complete'"
                + " && !document.documentElement.hasAttribute('data-before-change')")));
        wait.until(ExpectedConditions.textToBe(By.id("curate-message"), message));
    }

    private void keys(String keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }
}
