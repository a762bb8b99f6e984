package org.casebake.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through Debian's chromedriver, for tests that use the site as a student
 * would. Both programs are named explicitly, so Selenium never tries to download a driver; when either
 * is missing the session fails to start (a test must fail, not skip, without a browser).
 */
public final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    public BrowserSession() {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException(program + " is missing: install Debian's chromium and "
                        + "chromium-driver packages to run the browser tests");
            }
        }
        try {
            profile = Files.createTempDirectory("casebake-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Runs a script in the page and returns its result (see JavascriptExecutor). */
    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sends a Chrome DevTools Protocol command (such as Emulation.setEmulatedMedia) to the page. */
    public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Runs a script whose last argument is a callback, and returns what it passes to the callback. */
    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Fails unless the first element the selector finds lies within the window's width. */
    void assertWithinTheWindow(String css) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) script("""
                var r = document.querySelector(arguments[0]).getBoundingClientRect();
                return [r.left, r.right, window.innerWidth];""", css);
        if (box.get(0).doubleValue() < 0 || box.get(1).doubleValue() > box.get(2).doubleValue()) {
            throw new AssertionError(css + " spans " + box.get(0) + " to " + box.get(1) + " px in a window "
                    + box.get(2) + " px wide");
        }
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Closes what a test class started for its tests; either may be null if starting it failed. */
    public static void closeBoth(BrowserSession browser, SiteServer server) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A profile left in the temp folder is harmless.
            }
        }
    }
}
