package org.casebake.comparison;

import org.casebake.search.BrowserSession;
import org.casebake.search.SiteServer;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample course's comparison as Chromium shows it: the instructor's table first, then the chart, then
 * where the class stands; chart labels readable at the size they are drawn, on a desktop and on
 * phones; and, printed, the table on the first page.
 */
class ComparisonPageBrowserTest {

    /** The smallest size, in CSS pixels, a chart's words may be drawn at. */
    private static final double SMALLEST_LABEL_PX = 12;
    /** An A4 sheet less print.css's page margins (16 mm at the sides, 18 mm top and bottom), in CSS pixels. */
    private static final int PRINTED_WIDTH_PX = 673;
    private static final int PRINTED_HEIGHT_PX = 986;

    @TempDir
    static Path temp;
    private static SiteServer server;
    private static BrowserSession browser;

    @BeforeAll
    static void buildAndServe() {
        SiteFixture sample = SiteFixture.sample(temp);
        sample.build();
        server = new SiteServer(sample.output());
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        BrowserSession.closeBoth(browser, server);
    }

    @AfterEach
    void backToADesktopScreen() {
        browser.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.devTools("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    }

    @Test
    void theInstructorsTableComesFirstThenTheChartThenWhereTheClassStands() {
        browser.open(server.root() + SampleComparisonTest.PAGE);
        browser.waitFor(d -> !d.findElements(By.cssSelector("main .class-standing")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) browser.script("""
                var wanted = ['#evidence-table', '.comparison-chart-figure', '.class-standing'];
                var found = Array.from(document.querySelectorAll('main table, main figure, main section'))
                    .filter(e => !e.parentElement.closest('table, figure, section'));
                return found.map(e => wanted.find(w => e.matches(w)) || e.tagName + '.' + e.className);""");
        assertEquals(List.of("#evidence-table", ".comparison-chart-figure", ".class-standing"), order);
        @SuppressWarnings("unchecked")
        List<Number> tops = (List<Number>) browser.script("""
                return ['#evidence-table', '.comparison-chart-figure', '.class-standing']
                    .map(s => document.querySelector(s).getBoundingClientRect().top);""");
        assertTrue(tops.get(0).doubleValue() < tops.get(1).doubleValue()
                && tops.get(1).doubleValue() < tops.get(2).doubleValue(), () -> "drawn at " + tops);
        assertTrue(tops.get(0).doubleValue() < 900, () -> "the table starts below the first screen, at " + tops.get(0));
    }

    @Test
    void everyCellOfTheTableCountsTheClassEvidence() {
        browser.open(server.root() + SampleComparisonTest.PAGE);
        browser.waitFor(d -> !d.findElements(By.cssSelector("#evidence-table tbody td")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('#evidence-table tbody td')).map(td => {
                  var bar = v => document.querySelector('svg.comparison-chart rect[data-dimension="'
                      + td.closest('tr').id.substring(4) + '"][data-side="' + td.dataset.side + '"][data-view="' + v + '"]');
                  return td.querySelector('.evidence-counts .pro').textContent + ' / ' + bar('strength').dataset.count
                      + ' | ' + td.querySelector('.evidence-counts .con').textContent + ' / ' + bar('weakness').dataset.count;
                });""");
        assertEquals(14, cells.size(), "7 dimensions by 2 sides");
        for (String cell : cells) {
            String[] halves = cell.split(" \\| ");
            for (String half : halves) {
                String[] shownAndDrawn = half.split(" / ");
                assertEquals(shownAndDrawn[1], shownAndDrawn[0].replaceAll("\\D", ""), cell);
            }
        }
        assertTrue(cells.stream().anyMatch(c -> !c.startsWith("0 strengths")), "some cell has evidence: " + cells);
    }

    @ParameterizedTest(name = "{0} px wide")
    @CsvSource({"1280, false", "390, true", "320, true"})
    void chartLabelsAreAtLeast12PxAsDrawn(int width, boolean phone) {
        if (phone) {
            browser.devTools("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        }
        for (String page : List.of(SampleComparisonTest.PAGE, SampleComparisonTest.CASE_PAGE)) {
            browser.open(server.root() + page);
            assertEquals((long) width, browser.script("return innerWidth"), "the window's width");
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) browser.script("""
                    var texts = Array.from(document.querySelectorAll('svg.casebake-chart text'));
                    if (texts.length < 10) return ['only ' + texts.length + ' labels'];
                    return texts.filter(t => t.textContent.trim()).map(t => {
                      var scale = t.getScreenCTM().a;
                      var px = parseFloat(getComputedStyle(t).fontSize) * scale;
                      return [px, t.textContent];
                    }).filter(p => p[0] < arguments[0]).map(p => p[0].toFixed(1) + ' px: ' + p[1]);""", SMALLEST_LABEL_PX);
            assertEquals(List.of(), small, page + " at " + width + " px");
            @SuppressWarnings("unchecked")
            List<Number> right = (List<Number>) browser.script("""
                    return Array.from(document.querySelectorAll('svg.casebake-chart'))
                      .map(s => s.closest('.chart-image, figure').getBoundingClientRect().right);""");
            assertTrue(right.stream().allMatch(r -> r.doubleValue() <= width + 0.5),
                    () -> page + ": a chart reaches past the window's right edge: " + right);
        }
    }

    @Test
    void printedTheTableStartsOnTheFirstPageAndTheChartFitsOnOne() {
        browser.devTools("Emulation.setDeviceMetricsOverride",
                Map.of("width", PRINTED_WIDTH_PX, "height", PRINTED_HEIGHT_PX, "deviceScaleFactor", 1, "mobile", false));
        browser.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.open(server.root() + SampleComparisonTest.PAGE);
        browser.waitFor(d -> !d.findElements(By.cssSelector("#evidence-table tbody tr")).isEmpty());
        assertEquals(true, browser.script("return matchMedia('print').matches"), "print media is emulated");
        assertEquals("none", browser.script("return getComputedStyle(document.querySelector('.site-nav')).display"),
                "print.css applies");
        @SuppressWarnings("unchecked")
        Map<String, Object> printed = (Map<String, Object>) browser.script("""
                var table = document.querySelector('#evidence-table');
                var firstRow = table.querySelector('tbody tr');
                var forced = [];
                for (var e = firstRow; e && e !== document.body; e = e.parentElement) {
                  for (var s = e; s; s = s.previousElementSibling) {
                    var style = getComputedStyle(s);
                    if (['page', 'always', 'left', 'right'].includes(style.breakBefore)
                        || (s !== e && ['page', 'always', 'left', 'right'].includes(style.breakAfter))) {
                      forced.push(s.tagName + '.' + s.className);
                    }
                  }
                }
                var chart = document.querySelector('.comparison-chart-figure').getBoundingClientRect();
                return {firstRowBottom: firstRow.getBoundingClientRect().bottom + scrollY,
                        firstRowBreak: getComputedStyle(firstRow).breakInside,
                        forced: forced, chartHeight: chart.height, chartWidth: chart.width};""");
        assertEquals(List.of(), printed.get("forced"), "page breaks forced before the table");
        assertTrue(((Number) printed.get("firstRowBottom")).doubleValue() < PRINTED_HEIGHT_PX,
                () -> "the table's first row ends below the first page: " + printed);
        assertTrue(((Number) printed.get("chartHeight")).doubleValue() < PRINTED_HEIGHT_PX,
                () -> "the chart, kept whole, is taller than a page: " + printed);
        assertTrue(((Number) printed.get("chartWidth")).doubleValue() <= PRINTED_WIDTH_PX,
                () -> "the chart is wider than the page: " + printed);
    }
}
