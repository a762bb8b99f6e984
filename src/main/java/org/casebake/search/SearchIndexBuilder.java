package org.casebake.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.casebake.publish.OutputFile;

/**
 * Builds the search index of a site as script files under {@code search/}, which
 * {@code assets/js/search-engine.js} loads with script tags (so search works from file:// too).
 *
 * <p>{@code search/index.js} is the manifest: item count and shard boundaries. Below
 * {@value #SINGLE_FILE_LIMIT} items it also holds everything else inline. From that size on, the other
 * files stand alone: term shards {@code t/N.js} (terms, postings), their positions {@code p/N.js}
 * (phrase queries only), {@code facets.js} (each item's case, type, questions, themes and featured flag,
 * case and theme names: what the search page's filters count), each case's slug, title and questions
 * {@code c/N.js}, and small files {@code d/N.js} holding what a result shows for two items each.
 * The same items always give the same bytes.
 */
public final class SearchIndexBuilder {

    static final int SINGLE_FILE_LIMIT = 500;
    /**
     * Items per excerpt file. One file per item meant some ten thousand files on a large course,
     * which dominated writing the site; pairs halve that and keep the first page of ten results within the 100 KB budget.
     */
    static final int DOC_GROUP = 2;
    static final int FORMAT_VERSION = 1;

    private final int singleFileLimit;
    private final int shardChars;

    /** A builder that shards indexes of {@value #SINGLE_FILE_LIMIT} items or more. */
    public SearchIndexBuilder() {
        this(SINGLE_FILE_LIMIT, ShardPlanner.TARGET_CHARS);
    }

    /** A builder with other thresholds, so tests can shard a small site into many small shards. */
    SearchIndexBuilder(int singleFileLimit, int shardChars) {
        this.singleFileLimit = singleFileLimit;
        this.shardChars = shardChars;
    }

    /** Builds the index files of the given published items, sorted by path. */
    public List<OutputFile> build(List<SearchItem> items) {
        SearchCatalog catalog = SearchCatalog.of(items);
        SortedMap<String, InvertedIndexBuilder.TermData> index;
        try (TextAnalyzer analyzer = new TextAnalyzer()) {
            index = new InvertedIndexBuilder(analyzer).build(catalog);
        }
        boolean single = catalog.size() < singleFileLimit;
        List<List<String>> shards = single ? List.of(List.copyOf(index.keySet())) : ShardPlanner.plan(index, shardChars);
        SortedMap<String, Object> files = new TreeMap<>();
        List<String> boundaries = new ArrayList<>();
        for (int s = 0; s < shards.size(); s++) {
            List<String> terms = shards.get(s);
            boundaries.add(s == 0 ? "" : terms.get(0));
            files.put("t/" + s, List.of(terms, terms.stream().map(t -> index.get(t).postings()).toList()));
            files.put("p/" + s, terms.stream().map(t -> index.get(t).positions()).toList());
        }
        files.put("facets", facets(catalog));
        for (int c = 0; c < catalog.cases().size(); c++) {
            SearchCatalog.CaseEntry entry = catalog.cases().get(c);
            files.put("c/" + c, List.of(entry.slug(), entry.title(), entry.questions()));
        }
        ExcerptCutter cutter = new ExcerptCutter();
        for (int group = 0; group * DOC_GROUP < catalog.size(); group++) {
            List<Object> entries = new ArrayList<>();
            for (int n = group * DOC_GROUP; n < Math.min(catalog.size(), (group + 1) * DOC_GROUP); n++) {
                entries.add(entry(catalog, n, cutter));
            }
            files.put("d/" + group, entries);
        }
        Map<String, Object> manifest = manifest(catalog, boundaries);
        List<OutputFile> out = new ArrayList<>();
        if (single) {
            manifest.put("inline", files);
        } else {
            files.forEach((key, data) -> out.add(file(key, data)));
        }
        out.add(file("index", manifest));
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return List.copyOf(out);
    }

    private static OutputFile file(String key, Object data) {
        return new OutputFile("search/" + key + ".js", ScriptText.loader(key, data));
    }

    private static Map<String, Object> manifest(SearchCatalog catalog, List<String> boundaries) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("v", FORMAT_VERSION);
        manifest.put("n", catalog.size());
        manifest.put("group", DOC_GROUP);
        manifest.put("shards", boundaries);
        return manifest;
    }

    /**
     * Each item's case, type and first question, as runs of (case, type, question+1, length), where
     * case is 0 for "same case as the run before", else the case number + 2 (1 for no single case).
     */
    private static String runs(SearchCatalog catalog) {
        IntPacker runs = new IntPacker();
        int[] previous = null;
        int length = 0;
        int lastCase = -2;
        for (int n = 0; n <= catalog.size(); n++) {
            int[] key = n == catalog.size() ? null : new int[] {catalog.caseOf()[n], 
                catalog.items().get(n).type().ordinal(), first(catalog.questions().get(n)) + 1};
            if (previous != null && Arrays.equals(previous, key)) {
                length++;
                continue;
            }
            if (previous != null) {
                runs.add(previous[0] == lastCase ? 0 : previous[0] + 2).add(previous[1]).add(previous[2]).add(length);
                lastCase = previous[0];
            }
            previous = key;
            length = 1;
        }
        return runs.toString();
    }

    private static int first(List<Integer> questions) {
        return questions.isEmpty() ? -1 : questions.get(0);
    }

    /** Featured items, questions beyond the first, and the items of each theme, as packed numbers. */
    private static Map<String, Object> facets(SearchCatalog catalog) {
        IntPacker featured = new IntPacker();
        IntPacker extra = new IntPacker();
        List<IntPacker> themes = new ArrayList<>();
        int[] lastOfTheme = new int[catalog.themes().size()];
        Arrays.fill(lastOfTheme, -1);
        catalog.themes().forEach(t -> themes.add(new IntPacker()));
        int lastFeatured = -1;
        int lastExtra = 0;
        for (int n = 0; n < catalog.size(); n++) {
            SearchItem item = catalog.items().get(n);
            if (item.featured()) {
                featured.add(n - lastFeatured - 1);
                lastFeatured = n;
            }
            List<Integer> questions = catalog.questions().get(n);
            for (int q = 1; q < questions.size(); q++) {
                extra.add(n - lastExtra).add(questions.get(q));
                lastExtra = n;
            }
            for (String theme : new TreeSet<>(item.themes())) {
                int t = catalog.themes().indexOf(theme);
                themes.get(t).add(n - lastOfTheme[t] - 1);
                lastOfTheme[t] = n;
            }
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("runs", runs(catalog));
        facets.put("cases", catalog.cases().stream().map(c -> List.of(c.slug(), c.title())).toList());
        facets.put("themeNames", catalog.themes());
        facets.put("featured", featured.toString());
        facets.put("extra", extra.toString());
        facets.put("themes", themes.stream().map(IntPacker::toString).toList());
        return facets;
    }

    /**
     * What a result shows: [url, title, author or 0, sections or the one excerpt, type, case number or -1,
     * first question number or -1, and 1 if featured].
     */
    private static List<Object> entry(SearchCatalog catalog, int n, ExcerptCutter cutter) {
        SearchItem item = catalog.items().get(n);
        List<List<String>> sections = cutter.cut(item);
        List<Object> entry = new ArrayList<>();
        entry.add(item.url());
        entry.add(item.title());
        entry.add(item.author() == null ? (Object) 0 : item.author());
        boolean plain = sections.size() == 1 && sections.get(0).get(0).isEmpty() && sections.get(0).get(1).isEmpty();
        entry.add(plain ? sections.get(0).get(2) : sections);
        entry.add(item.type().ordinal());
        entry.add(catalog.caseOf()[n]);
        entry.add(first(catalog.questions().get(n)));
        if (item.featured()) {
            entry.add(1);
        }
        return entry;
    }
}
