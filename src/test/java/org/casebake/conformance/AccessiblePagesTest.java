package org.casebake.conformance;

import org.casebake.search.BrowserSession;
import org.casebake.search.SiteServer;
import org.casebake.testing.AxeCheck;
import org.casebake.testing.BuiltSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page of each course (see {@link CourseSites}), served over HTTP under a sub-path and opened
 * in Chromium, has no axe-core violation of any impact under WCAG 2.1 AA and axe's best practices:
 * in light mode on a 1280-px desktop window; and one page of each kind in dark mode on a 390-px phone
 * screen (so colour contrast holds in both colour schemes and the phone layout is checked too).
 */
@Tag(AxeCheck.TAG)
class AccessiblePagesTest {

    static final List<String> COURSES = CourseSites.NAMES;

    @TempDir
    static Path work;
    private static final Map<String, SiteServer> SERVERS = new TreeMap<>();
    private static final Map<String, List<String>> PAGES = new TreeMap<>();
    private static final Map<String, Path> OUTPUTS = new TreeMap<>();
    private static BrowserSession browser;

    @BeforeAll
    static void buildCoursesAndStartBrowser() {
        for (String course : COURSES) {
            CourseSites.Built site = CourseSites.build(course, work.resolve(course));
            SERVERS.put(course, new SiteServer(site.output(), site.basePath()));
            PAGES.put(course, BuiltSite.in(site.output()).pages());
            OUTPUTS.put(course, site.output());
        }
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            SERVERS.values().forEach(SiteServer::close);
        }
    }

    @AfterEach
    void backToADesktopInLightMode() {
        browser.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.devTools("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("COURSES")
    void everyPageHasNoViolationInLightModeOnADesktop(String course) {
        assertNoViolationOnAnyPage(course, "light");
    }

    /**
     * Dark mode and the phone layout come from the theme's stylesheet, not from what students wrote
     * (answers carry no style), so one page of each kind of the sample shows them all.
     */
    @Test
    void aPageOfEveryKindHasNoViolationInDarkModeOnAPhone() {
        browser.devTools("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        Map<String, String> pageOfEachKind = new TreeMap<>();
        BuiltSite sample = BuiltSite.in(OUTPUTS.get(CourseSites.SAMPLE));
        for (String page : PAGES.get(CourseSites.SAMPLE)) {
            pageOfEachKind.putIfAbsent(sample.html(page).body().className(), page);
        }
        assertTrue(pageOfEachKind.size() >= 7, () -> "the sample has too few kinds of page: " + pageOfEachKind);
        assertNoViolationOn(CourseSites.SAMPLE, List.copyOf(pageOfEachKind.values()), "dark");
        assertEquals(390L, browser.script("return innerWidth"), "the emulated phone's width");
    }

    /**
     * The search script builds the results after the page has loaded, so the pages above show them
     * empty: here they are checked with results shown, on the search page (a list of lists) and in the
     * header's box (a listbox of options), where each needs its own roles.
     */
    @Test
    void searchResultsOnTheSearchPageAndInTheHeaderBoxHaveNoViolation() {
        String root = SERVERS.get(CourseSites.SAMPLE).root();
        List<String> found = new ArrayList<>();
        browser.open(root + "search/index.html?q=security");
        browser.waitFor(d -> "ready".equals(d.findElement(By.cssSelector("[data-cb-search-page]"))
                .getAttribute("data-cb-search-state")));
        int results = browser.driver().findElements(By.cssSelector(".cb-search-results .cb-search-entry")).size();
        assertTrue(results > 1, "the search page shows results: " + results);
        AxeCheck.violations(browser.driver()).forEach(v -> found.add("search page: " + v));
        browser.open(root + "index.html");
        browser.waitFor(d -> d.findElement(By.cssSelector("#cb-search-input"))).sendKeys("security");
        browser.waitFor(d -> !d.findElements(By.cssSelector("#cb-search-panel [role=option]")).isEmpty());
        AxeCheck.violations(browser.driver()).forEach(v -> found.add("header box: " + v));
        assertTrue(found.isEmpty(), () -> found.size() + " violations\n" + String.join("\n", found));
    }

    private static void assertNoViolationOnAnyPage(String course, String colorScheme) {
        List<String> pages = PAGES.get(course);
        assertTrue(pages.size() > 5, () -> course + " has too few pages to be a course: " + pages);
        assertNoViolationOn(course, pages, colorScheme);
    }

    private static void assertNoViolationOn(String course, List<String> pages, String colorScheme) {
        browser.devTools("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            browser.open(SERVERS.get(course).root() + page);
            assertEquals(colorScheme.equals("dark"), browser.script(
                    "return matchMedia('(prefers-color-scheme: dark)').matches"), "the emulated colour scheme");
            AxeCheck.violations(browser.driver()).forEach(v -> found.add(page + ": " + v));
        }
        assertTrue(found.isEmpty(), () -> course + " in " + colorScheme + " mode, " + pages.size()
                + " pages: " + found.size() + " violations\n" + String.join("\n", found));
    }
}
