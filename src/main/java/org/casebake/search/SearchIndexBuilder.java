package org.casebake.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.casebake.model.OutputFile;

/**
 * Builds the search index of a site as script files under {@code search/}, which
 * {@code assets/js/search-engine.js} loads with script tags (so search works from file:// too).
 *
 * <p>{@code search/index.js} is the manifest: item count and shard boundaries. Below
 * {@value #SINGLE_FILE_LIMIT} items it also holds everything else inline. From that size on, the other
 * files stand alone: term shards {@code t/N.js} (terms, postings), their positions {@code p/N.js}
 * (phrase queries only), {@code facets.js} (each item's case, type, questions, themes, case tags and
 * featured flag, case, theme and tag names: what the search page's filters count), each case's slug, title and questions
 * {@code c/N.js}, and the documents {@code d/N.js}, what a result shows (mostly the text its passage is cut
 * from) for {@value #DOC_GROUP} items each. Each of these files holds its data packed: deflated and written
 * as base64 ({@link IndexPacker}); inline, the data stay plain JSON. The same items always give the same bytes.
 */
public final class SearchIndexBuilder {

    static final int SINGLE_FILE_LIMIT = 500;
    /**
     * Items per document file. Deflate needs enough text to work on (on the 200 x 50 course of
     * docs/performance.md the documents take 9.6 MB packed two items to a file, 7.9 MB eight to a file,
     * 7.5 MB twelve), while each result of a first query may load a file of its own: twelve already takes
     * the header box of SearchScaleTest's denser course over its 100 KB budget, eight keeps it within.
     */
    static final int DOC_GROUP = 8;
    /** 2: a sharded index's files (all but the manifest) are packed ({@link IndexPacker}). */
    static final int FORMAT_VERSION = 2;

    private final int singleFileLimit;
    private final int shardChars;
    private final ItemMemory memory;
    private final InvertedIndexBuilder inverted;
    private final IndexPacker packer;
    private final FileMemory files;

    /** A builder that shards indexes of {@value #SINGLE_FILE_LIMIT} items or more. */
    public SearchIndexBuilder() {
        this(SINGLE_FILE_LIMIT, ShardPlanner.TARGET_CHARS);
    }

    /** A builder with other thresholds, so tests can shard a small site into many small shards. */
    SearchIndexBuilder(int singleFileLimit, int shardChars) {
        this(singleFileLimit, shardChars, ItemMemory.forgetting(), InvertedIndexBuilder.forgetting(), IndexPacker.forgetting(),
                FileMemory.forgetting());
    }

    private SearchIndexBuilder(int singleFileLimit, int shardChars, ItemMemory memory, InvertedIndexBuilder inverted,
                               IndexPacker packer, FileMemory files) {
        this.singleFileLimit = singleFileLimit;
        this.shardChars = shardChars;
        this.memory = memory;
        this.inverted = inverted;
        this.packer = packer;
        this.files = files;
    }

    /**
     * A builder for repeated builds of one site, such as the rebuilds of a preview server. Each
     * {@link #build} remembers the analysed text and excerpts of its items and reuses them for the
     * items of the next build that are the same objects ({@link SearchItems#of} hands over unchanged
     * items so), and its catalog while no item changed in what a catalog reads ({@link ItemMemory}), so
     * a rebuild after a small edit analyses only the items that changed, encodes only the terms whose postings
     * changed ({@link InvertedIndexBuilder}), and writes and packs only the files whose data changed
     * ({@link FileMemory}). Its output is always byte-identical to
     * that of a new {@code SearchIndexBuilder()} given the same items. It keeps only what its latest
     * build used, so its memory stays about that of one site's index; a build that throws leaves it as
     * it was. Builds run one at a time.
     */
    public static SearchIndexBuilder remembering() {
        return new SearchIndexBuilder(SINGLE_FILE_LIMIT, ShardPlanner.TARGET_CHARS, ItemMemory.remembering(),
                InvertedIndexBuilder.remembering(), IndexPacker.remembering(), FileMemory.remembering());
    }

    /** A remembering builder with other thresholds, for tests. */
    static SearchIndexBuilder remembering(int singleFileLimit, int shardChars) {
        return new SearchIndexBuilder(singleFileLimit, shardChars, ItemMemory.remembering(),
                InvertedIndexBuilder.remembering(), IndexPacker.remembering(), FileMemory.remembering());
    }

    /** Builds the index files of the given published items, sorted by path. */
    public synchronized List<OutputFile> build(List<SearchItem> items) {
        SearchCatalog catalog = memory.catalog(items);
        ItemMemory.Analysis analysis = memory.analyse(catalog.items());
        InvertedIndexBuilder.Built built = inverted.build(analysis.terms(), analysis.ranked());
        List<InvertedIndexBuilder.TermData> index = built.terms();
        boolean single = catalog.size() < singleFileLimit;
        List<Integer> shards = single ? List.of(0, index.size()) : ShardPlanner.plan(index, shardChars);
        SortedMap<String, Object> files = new TreeMap<>();
        List<String> boundaries = termFiles(index, shards, files);
        files.put("facets", facets(catalog));
        for (int c = 0; c < catalog.cases().size(); c++) {
            SearchCatalog.CaseEntry entry = catalog.cases().get(c);
            files.put("c/" + c, List.of(entry.slug(), entry.title(), entry.questions()));
        }
        List<List<Object>> documents = documents(catalog, analysis);
        for (int group = 0; group < documents.size(); group++) {
            files.put("d/" + group, documents.get(group));
        }
        if (single) {
            List<OutputFile> out = inline(files, manifest(catalog, boundaries));
            memory.keep(items, catalog, analysis, index);
            inverted.keep(built);
            return out;
        }
        Map<String, OutputFile> unchanged = this.files.unchanged(files);
        SortedMap<String, Object> changed = new TreeMap<>(files);
        changed.keySet().removeAll(unchanged.keySet());
        IndexPacker.Packed packed = packer.pack(List.copyOf(changed.values()));
        Map<String, OutputFile> made = new TreeMap<>(unchanged);
        write(packedFiles(changed, packed)).forEach(made::put);
        List<OutputFile> out = new ArrayList<>(made.values());
        out.add(file("index", manifest(catalog, boundaries)));
        out.sort((a, b) -> a.path().compareTo(b.path()));
        memory.keep(items, catalog, analysis, index);
        inverted.keep(built);
        packer.keep(packed);
        this.files.keep(files, made);
        return List.copyOf(out);
    }

    /** The files with their packed texts for data. */
    private static SortedMap<String, Object> packedFiles(SortedMap<String, Object> files, IndexPacker.Packed packed) {
        SortedMap<String, Object> out = new TreeMap<>();
        int n = 0;
        for (String key : files.keySet()) {
            out.put(key, packed.texts().get(n++));
        }
        return out;
    }

    /** What results show, {@value #DOC_GROUP} items to a group, in item order. */
    private static List<List<Object>> documents(SearchCatalog catalog, ItemMemory.Analysis analysis) {
        List<List<Object>> groups = new ArrayList<>();
        for (int group = 0; group * DOC_GROUP < catalog.size(); group++) {
            List<Object> entries = new ArrayList<>();
            for (int n = group * DOC_GROUP; n < Math.min(catalog.size(), (group + 1) * DOC_GROUP); n++) {
                entries.add(entry(catalog, n, analysis.excerpts().get(n)));
            }
            groups.add(entries);
        }
        return groups;
    }

    /** Adds each shard's terms with postings ({@code t/N}) and positions ({@code p/N}); the shards' first terms. */
    private static List<String> termFiles(List<InvertedIndexBuilder.TermData> index, List<Integer> shards,
                                          SortedMap<String, Object> files) {
        List<String> boundaries = new ArrayList<>();
        for (int s = 0; s + 1 < shards.size(); s++) {
            List<InvertedIndexBuilder.TermData> shard = index.subList(shards.get(s), shards.get(s + 1));
            List<String> terms = shard.stream().map(t -> t.term().text).toList();
            boundaries.add(s == 0 ? "" : terms.get(0));
            files.put("t/" + s, List.of(terms, shard.stream().map(InvertedIndexBuilder.TermData::postings).toList()));
            files.put("p/" + s, shard.stream().map(InvertedIndexBuilder.TermData::positions).toList());
        }
        return boundaries;
    }

    /** A small index: the manifest alone, with every file's data inline. */
    private static List<OutputFile> inline(SortedMap<String, Object> files, Map<String, Object> manifest) {
        manifest.put("inline", files);
        return List.of(file("index", manifest));
    }

    /** Each data file, written in parallel (each is independent), by key. */
    private static Map<String, OutputFile> write(SortedMap<String, Object> files) {
        Map<String, OutputFile> out = new java.util.concurrent.ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(f -> out.put(f.getKey(), file(f.getKey(), f.getValue())));
        return out;
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

    /** Featured items, questions beyond the first, and the items of each theme and case tag, as packed numbers. */
    private static Map<String, Object> facets(SearchCatalog catalog) {
        IntPacker featured = new IntPacker();
        IntPacker extra = new IntPacker();
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
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("runs", runs(catalog));
        facets.put("cases", catalog.cases().stream().map(c -> List.of(c.slug(), c.title())).toList());
        facets.put("themeNames", catalog.themes());
        facets.put("featured", featured.toString());
        facets.put("extra", extra.toString());
        facets.put("themes", itemsOf(catalog, catalog.themes(), SearchItem::themes));
        facets.put("tagNames", catalog.tags());
        facets.put("tags", itemsOf(catalog, catalog.tags(), SearchItem::tags));
        return facets;
    }

    /** For each value (a theme or a tag), the items that have it, as packed gaps. */
    private static List<String> itemsOf(SearchCatalog catalog, List<String> values,
                                        Function<SearchItem, List<String>> valuesOfItem) {
        List<IntPacker> lists = new ArrayList<>();
        values.forEach(v -> lists.add(new IntPacker()));
        int[] last = new int[values.size()];
        Arrays.fill(last, -1);
        for (int n = 0; n < catalog.size(); n++) {
            // Each of an item's values once, in any order: each value's list gets the item once.
            List<String> ofItem = valuesOfItem.apply(catalog.items().get(n));
            for (int i = 0; i < ofItem.size(); i++) {
                if (ofItem.indexOf(ofItem.get(i)) != i) {
                    continue;
                }
                int v = Collections.binarySearch(values, ofItem.get(i));
                lists.get(v).add(n - last[v] - 1);
                last[v] = n;
            }
        }
        return lists.stream().map(IntPacker::toString).toList();
    }

    /**
     * What a result shows: [url, title, author or 0, sections or the one excerpt, type, case number or -1,
     * first question number or -1, and 1 if featured].
     */
    private static List<Object> entry(SearchCatalog catalog, int n, List<List<String>> sections) {
        SearchItem item = catalog.items().get(n);
        List<Object> entry = new ArrayList<>();
        entry.add(item.url());
        entry.add(item.title());
        entry.add(item.author().<Object>map(author -> author).orElse(0));
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
