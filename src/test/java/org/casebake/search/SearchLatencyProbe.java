package org.casebake.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.WebElement;

/**
 * Measures search on a built site in Chromium: the bytes of index files the first query downloads
 * (header box and search page) and the in-page latency of many queries (performance.now() around
 * CasebakeSearch.query, which includes loading any shard not loaded yet).
 *
 * <p>Run it on any built site folder that has index.html and search/index.html with the search box:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.casebake.search.SearchLatencyProbe \
 *     SITE_FOLDER [QUERY_COUNT] [FIRST_QUERY]
 * </pre>
 * Queries are drawn from the index itself (shard boundary terms, as words, pairs, prefixes and typos).
 */
final class SearchLatencyProbe {

    /** What one run measured. */
    record Report(int items, long boxFiles, long boxBytes, long pageFiles, long pageBytes, long codeBytes,
                  int queries, double coldP50, double coldP95, double warmP50, double warmP95) {

        String describe(String firstQuery) {
            return String.format(Locale.ROOT, """
                    items in the index: %d
                    first query "%s" in the header box: %d index files, %d bytes
                    first query "%s" on the search page: %d index files, %d bytes
                    search scripts (search.js and search-engine.js, loaded once): %d bytes
                    query latency over %d queries: cold p50 %.2f ms, p95 %.2f ms; warm p50 %.2f ms, p95 %.2f ms""",
                    items, firstQuery, boxFiles, boxBytes, firstQuery, pageFiles, pageBytes, codeBytes, queries, coldP50,
                    coldP95, warmP50, warmP95);
        }
    }

    private SearchLatencyProbe() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: SearchLatencyProbe SITE_FOLDER [QUERY_COUNT] [FIRST_QUERY]");
            System.exit(2);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String first = args.length > 2 ? args[2] : "security";
        try (SiteServer server = new SiteServer(Path.of(args[0])); BrowserSession browser = new BrowserSession()) {
            System.out.println(measure(server.root(), browser, count, first).describe(first));
        }
    }

    /** Measures the site served at root (ending in a slash). */
    static Report measure(String root, BrowserSession browser, int count, String firstQuery) {
        browser.open(root + "index.html");
        WebElement input = browser.find("#cb-search-input");
        input.sendKeys(firstQuery);
        browser.waitFor(d -> browser.find("#cb-search-panel").isDisplayed());
        long[] box = bytes(browser, INDEX_FILES);
        long[] code = bytes(browser, SCRIPT_FILES);

        browser.open(root + "search/index.html?q=" + firstQuery);
        browser.waitFor(d -> "ready".equals(browser.find("[data-cb-search-page]").getAttribute("data-cb-search-state")));
        long[] page = bytes(browser, INDEX_FILES);

        browser.open(root + "index.html");
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        @SuppressWarnings("unchecked")
        Map<String, Object> timing = (Map<String, Object>) browser.asyncScript(LATENCY_SCRIPT, count);
        if (timing.containsKey("error")) {
            throw new IllegalStateException("a query failed in the browser: " + timing.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<Number> cold = (List<Number>) timing.get("cold");
        @SuppressWarnings("unchecked")
        List<Number> warm = (List<Number>) timing.get("warm");
        int items = ((Number) timing.get("items")).intValue();
        return new Report(items, box[0], box[1], page[0], page[1], code[1], cold.size(), percentile(cold, 50),
                percentile(cold, 95), percentile(warm, 50), percentile(warm, 95));
    }

    private static final String INDEX_FILES = "/search/.*\\.js$";
    private static final String SCRIPT_FILES = "/assets/js/search.*\\.js$";

    /** The number and body bytes of the files loaded so far whose address matches a pattern. */
    private static long[] bytes(BrowserSession browser, String pattern) {
        @SuppressWarnings("unchecked")
        List<Number> sizes = (List<Number>) browser.script("""
                var pattern = new RegExp(arguments[0]);
                return performance.getEntriesByType('resource')
                  .filter(function (e) { return pattern.test(e.name); })
                  .map(function (e) { return e.encodedBodySize || e.transferSize; });""", pattern);
        return new long[] {sizes.size(), sizes.stream().mapToLong(Number::longValue).sum()};
    }

    private static double percentile(List<Number> values, int p) {
        List<Double> sorted = new ArrayList<>(values.stream().map(Number::doubleValue).sorted().toList());
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Builds a query mix from the index's own terms, then times each query cold and again warm. */
    private static final String LATENCY_SCRIPT = """
            var count = arguments[0], done = arguments[arguments.length - 1];
            CasebakeSearch.manifest().then(function (m) {
              var words = (m.inline ? m.inline['t/0'][0] : m.shards).filter(function (w) { return /^[a-z]{4,}$/.test(w); });
              var queries = [];
              for (var i = 0; queries.length < count && words.length; i++) {
                var w = words[(i * 7919) % words.length], v = words[(i * 104729 + 13) % words.length], kind = i % 4;
                queries.push(kind === 0 ? w : kind === 1 ? w + ' ' + v : kind === 2 ? w.slice(0, 4)
                  : w.slice(0, 2) + w[3] + w[2] + w.slice(4));
              }
              var cold = [], warm = [], k = 0, round = cold;
              function next() {
                if (k === queries.length) {
                  if (round === warm) { return done({ cold: cold, warm: warm, items: m.n }); }
                  round = warm;
                  k = 0;
                }
                var t0 = performance.now();
                CasebakeSearch.query(queries[k++]).then(function () {
                  round.push(performance.now() - t0);
                  setTimeout(next, 0);
                }, function (e) { done({ error: String(e) }); });
              }
              next();
            }, function (e) { done({ error: String(e) }); });
            """;
}
