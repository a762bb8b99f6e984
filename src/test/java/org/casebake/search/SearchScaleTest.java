package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.casebake.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of a 200-case course with 50 answers per case (10,000 answers, 11,200 items) stays within
 * the budget: besides the text each item's excerpts are cut from, at most 1 KB per item of JSON, packed
 * on disk into less than 60 % of what it would take unpacked (the course's random words deflate worse
 * than prose), and
 * under 100 KB of index files for a first query in the header box (150 KB on the search page, which
 * also loads its filters' counts), measured in Chromium from the served files.
 */
class SearchScaleTest {

    @TempDir
    Path site;

    @Test
    void aTenThousandAnswerCourseStaysWithinTheSizeBudget() {
        List<SearchItem> items = new SyntheticCourse(42).items(200, 50);
        List<OutputFile> index = new SearchIndexBuilder().build(items);
        long bytes = index.stream().mapToLong(f -> f.bytes().length).sum();
        long unpacked = index.stream().mapToLong(f -> IndexScripts.json(f).getBytes(StandardCharsets.UTF_8).length).sum();
        ExcerptCutter cutter = new ExcerptCutter();
        long text = items.stream().flatMap(item -> cutter.cut(item).stream())
                .mapToLong(s -> s.get(2).getBytes(StandardCharsets.UTF_8).length).sum();
        double perItem = (double) (unpacked - text) / items.size();
        FixtureSite.writeShell(site, index);
        SearchLatencyProbe.Report report;
        try (SiteServer server = new SiteServer(site); BrowserSession browser = new BrowserSession()) {
            report = SearchLatencyProbe.measure(server.root(), browser, 100, "security");
        }
        System.out.printf("index: %d files, %d bytes packed, %d unpacked (%d of them the items' text), %.0f bytes per "
                + "item besides the text%n%s%n", index.size(), bytes, unpacked, text, perItem, report.describe("security"));
        assertEquals(11_200, report.items());
        assertTrue(perItem <= 1024, "bytes per item: " + perItem);
        assertTrue(bytes * 5 < unpacked * 3, "packed, the index takes " + bytes + " bytes of " + unpacked);
        assertTrue(report.boxBytes() < 100_000, "first query in the header box: " + report.boxBytes());
        // The page shows ten results, each with its passage, so it loads the text of ten items (and filter counts).
        assertTrue(report.pageBytes() < 150_000, "first query on the search page: " + report.pageBytes());
    }
}
