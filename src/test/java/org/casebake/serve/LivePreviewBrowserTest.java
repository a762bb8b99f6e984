package org.casebake.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.casebake.model.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.casebake.serve.PreviewFixture.ANSWER;
import static org.casebake.serve.PreviewFixture.QUESTION_PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reload script in a real browser: headless Chromium (Debian's, named explicitly) on a loopback preview. */
@Timeout(180)
class LivePreviewBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String ADA = "article.answer:has(h2.answer-author a) .answer-body";

    @TempDir
    Path temp;

    private ChromeDriverService service;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() {
        service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--user-data-dir=" + temp.resolve("profile"));
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        try {
            browser.quit();
        } finally {
            service.stop();
        }
    }

    @Test
    void openTabReloadsOnSaveAndShowsProblemsAsTextOverTheLastGoodPage() throws Exception {
        Path site = PreviewFixture.copySite(temp.resolve("site"));
        try (LivePreview preview = LivePreview.start(new PreviewSettings(site, 0, BuildOptions.studentSite(),
                PreviewSettings.DEFAULT_QUIET_PERIOD), "test", new PrintWriter(new StringWriter(), true))) {
            browser.get("http://127.0.0.1:" + preview.port() + QUESTION_PAGE);
            assertEquals("Paying for outside work reaches far more programmers than the company could hire.", firstAnswer());

            Files.writeString(site.resolve(ANSWER), answer("themes: [talent]", "Saved in the editor."));
            waitUntil(() -> firstAnswer().equals("Saved in the editor."));

            // An unknown field whose name is markup: the overlay must show it as text, never as HTML.
            Files.writeString(site.resolve(ANSWER), answer("\"<img src=x id=injected>\": 1", "Not shown until fixed."));
            waitUntil(() -> !browser.findElements(By.id("casebake-problems")).isEmpty());
            WebElement overlay = browser.findElement(By.id("casebake-problems"));
            String shown = overlay.findElement(By.tagName("pre")).getText();
            assertTrue(shown.startsWith("content/cases/open-prize/answers/answer-01.md:4:1: error: unknown field '<img src=x id=injected>' ("),
                    shown);
            String state = PreviewFixture.client().get(preview.port(), "/_casebake/state").body();
            JsonNode json = new ObjectMapper().readTree(state);
            assertEquals(List.of("build", "problems"), List.copyOf(iterable(json.fieldNames())), state);
            // The last good build: the first, then at least one for the save (an editor's save can be seen as two).
            assertTrue(json.get("build").intValue() >= 2, state);
            assertEquals(1, json.get("problems").size(), state);
            assertEquals(shown, json.get("problems").get(0).textValue(), "the overlay shows the terminal's text");
            assertTrue(!state.contains("<") && !state.contains(">"), "markup is escaped even inside the JSON: " + state);
            assertEquals(List.of(), browser.findElements(By.id("injected")));
            assertEquals("Saved in the editor.", firstAnswer(), "the last good page stays");

            Files.writeString(site.resolve(ANSWER), answer("themes: [talent]", "Fixed and saved."));
            waitUntil(() -> firstAnswer().equals("Fixed and saved."));
            assertTrue(browser.findElements(By.id("casebake-problems")).isEmpty(), "the overlay is gone");
        }
    }

    @Test
    void problemOverlayIsReadableOverTheSitesLightAndDarkPalettes() throws Exception {
        Path site = PreviewFixture.copySite(temp.resolve("site"));
        try (LivePreview preview = LivePreview.start(new PreviewSettings(site, 0, BuildOptions.studentSite(),
                PreviewSettings.DEFAULT_QUIET_PERIOD), "test", new PrintWriter(new StringWriter(), true))) {
            browser.get("http://127.0.0.1:" + preview.port() + QUESTION_PAGE);
            Files.writeString(site.resolve(ANSWER), answer("stauts: curated", "Not shown until fixed."));
            waitUntil(() -> !browser.findElements(By.id("casebake-problems")).isEmpty());
            java.util.Set<String> pageBackgrounds = new java.util.HashSet<>();
            for (String scheme : List.of("light", "dark")) {
                browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                        List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
                pageBackgrounds.add((String) browser.executeScript(
                        "return getComputedStyle(document.body).backgroundColor;"));
                Object lowest = browser.executeScript(LOWEST_CONTRAST_IN_OVERLAY);
                double ratio = ((Number) lowest).doubleValue();
                assertTrue(ratio >= 4.5, scheme + " mode: the overlay's text has a contrast of only " + ratio + ":1");
            }
            assertEquals(2, pageBackgrounds.size(), "the site's own palette changed between the modes: " + pageBackgrounds);
        }
    }

    /**
     * The lowest contrast ratio (WCAG 2.1) between the text of any element in the overlay and the background
     * painted behind it: the nearest ancestor's background that is not transparent.
     */
    private static final String LOWEST_CONTRAST_IN_OVERLAY = """
            function rgb(text) { return text.match(/[\\d.]+/g).map(Number); }
            function luminance(c) {
              var l = c.slice(0, 3).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
            }
            function background(el) {
              for (; el; el = el.parentElement) {
                var c = rgb(getComputedStyle(el).backgroundColor);
                if (c.length < 4 || c[3] > 0) { return c; }
              }
              return [255, 255, 255];
            }
            var lowest = 21, texts = 0;
            document.querySelectorAll('#casebake-problems, #casebake-problems *').forEach(function (el) {
              var own = Array.prototype.some.call(el.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
              if (!own) { return; }
              texts++;
              var a = luminance(rgb(getComputedStyle(el).color)), b = luminance(background(el));
              lowest = Math.min(lowest, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
            });
            return texts >= 3 ? lowest : 0;
            """;

    private static <T> List<T> iterable(java.util.Iterator<T> items) {
        List<T> list = new java.util.ArrayList<>();
        items.forEachRemaining(list::add);
        return list;
    }

    private String firstAnswer() {
        return browser.findElements(By.cssSelector(ADA)).stream().findFirst().map(WebElement::getText).orElse("");
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    private static String answer(String extraLine, String body) {
        return "---\nauthor: \"Ada Lovelace\"\nquestions: [q1]\n" + extraLine + "\n---\n\n" + body + "\n";
    }
}
