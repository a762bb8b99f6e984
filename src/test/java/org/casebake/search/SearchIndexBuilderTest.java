package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.casebake.model.OutputFile;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;

class SearchIndexBuilderTest {

    private static final String GOLDEN = "search/fixture-index.js";

    @Test
    void belowFiveHundredItemsTheWholeIndexIsOneFile() {
        List<SearchItem> items = new SyntheticCourse(1).items(1, 493);
        assertEquals(499, items.size());
        assertEquals(List.of("search/index.js"), paths(new SearchIndexBuilder().build(items)));
    }

    @Test
    void fromFiveHundredItemsOnTheIndexIsSplitIntoShardsAndSmallFiles() {
        List<SearchItem> items = new SyntheticCourse(1).items(1, 494);
        List<String> paths = paths(new SearchIndexBuilder().build(items));
        assertEquals(8, SearchIndexBuilder.DOC_GROUP);
        assertEquals((500 + 7) / 8, paths.stream().filter(p -> p.startsWith("search/d/")).count(),
                "documents are grouped eight items to a file");
        assertTrue(paths.containsAll(List.of("search/index.js", "search/facets.js", "search/c/0.js",
                "search/t/0.js", "search/p/0.js", "search/d/0.js", "search/d/62.js")), paths.toString());
        assertEquals(paths.stream().filter(p -> p.startsWith("search/t/")).count(),
                paths.stream().filter(p -> p.startsWith("search/p/")).count());
    }

    @Test
    void aShardedIndexPacksItsFilesAndTheyInflateToWhatASingleFileHoldsInline() {
        List<SearchItem> items = new SyntheticCourse(4).items(2, 30);
        JsonNode inline = IndexScripts.tree(new SearchIndexBuilder().build(items).get(0)).get("inline");
        List<OutputFile> sharded = new SearchIndexBuilder(1, 2_000).build(items);
        ArrayNode terms = JsonNodeFactory.instance.arrayNode();
        ArrayNode postings = JsonNodeFactory.instance.arrayNode();
        ArrayNode positions = JsonNodeFactory.instance.arrayNode();
        List<OutputFile> inShardOrder = new ArrayList<>(sharded);
        inShardOrder.sort(Comparator.comparing((OutputFile f) -> f.path().replaceAll("\\d+", ""))
                .thenComparing(f -> Integer.parseInt("0" + f.path().replaceAll("\\D", ""))));
        for (OutputFile file : inShardOrder) {
            String key = file.path().substring("search/".length(), file.path().length() - ".js".length());
            JsonNode data = IndexScripts.data(file);
            if (key.equals("index")) {
                assertEquals(2, data.get("v").asInt());
                assertEquals(8, data.get("group").asInt());
                continue;
            }
            assertTrue(data.isTextual() && data.textValue().matches("[A-Za-z0-9+/]+=*"), file.path());
            JsonNode unpacked = IndexScripts.tree(file);
            if (key.startsWith("t/")) {
                terms.addAll((ArrayNode) unpacked.get(0));
                postings.addAll((ArrayNode) unpacked.get(1));
            } else if (key.startsWith("p/")) {
                positions.addAll((ArrayNode) unpacked);
            } else {
                assertEquals(inline.get(key), unpacked, file.path());
            }
        }
        assertTrue(sharded.stream().filter(f -> f.path().startsWith("search/t/")).count() > 3);
        assertTrue(inline.get("t/0").equals(JsonNodeFactory.instance.arrayNode().add(terms).add(postings)),
                "the shards' terms and postings, one after the other, are those of the single file");
        assertTrue(inline.get("p/0").equals(positions), "and so are their positions");
        List<OutputFile> documents = sharded.stream().filter(f -> f.path().startsWith("search/d/")).toList();
        assertEquals((items.size() + 7) / 8, documents.size());
        JsonNode last = IndexScripts.tree(documents.get(documents.size() - 1));
        assertEquals(items.size() - 8 * (documents.size() - 1), last.size(), "the last file holds the rest");
    }

    @Test
    void theSameItemsGiveByteIdenticalFilesWhateverTheirOrder() {
        List<SearchItem> items = new SyntheticCourse(7).items(3, 200);
        List<SearchItem> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(3));
        List<OutputFile> first = new SearchIndexBuilder().build(items);
        List<OutputFile> second = new SearchIndexBuilder().build(shuffled);
        assertEquals(paths(first), paths(second));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).bytes(), second.get(i).bytes(), first.get(i).path());
        }
    }

    @Test
    void theFixtureIndexIsPinnedByteForByte() throws IOException {
        byte[] actual = new SearchIndexBuilder().build(FixtureSite.items()).get(0).bytes();
        GoldenFiles.assertSameText(TestFolders.testResources().resolve(GOLDEN), new String(actual, StandardCharsets.UTF_8));
    }

    @Test
    void answersKeepTheirTextUpToABudgetAndEndAtAWord() {
        String text = "word ".repeat(2_000);
        List<List<String>> sections = new ExcerptCutter().cut(answer("long", text, "A. B."));
        String excerpt = sections.get(0).get(2);
        assertTrue(excerpt.length() <= ExcerptCutter.ITEM_BUDGET + 1, excerpt.length() + " characters");
        assertTrue(excerpt.endsWith("word…"), excerpt);
    }

    @Test
    void casesKeepAnExcerptPerSectionWithinTheirBudget() {
        List<SearchSection> sections = new ArrayList<>();
        for (int s = 0; s < 20; s++) {
            sections.add(new SearchSection("Heading " + s, "h" + s, "Some case text goes on. ".repeat(50)));
        }
        SearchItem item = SearchItem.caseStudy("c", "cases/c/index.html", new SearchItem.CaseRef("c", "C"), List.of(),
                sections);
        List<List<String>> cut = new ExcerptCutter().cut(item);
        int total = cut.stream().mapToInt(s -> s.get(2).length()).sum();
        assertTrue(total <= ExcerptCutter.LONG_ITEM_BUDGET, total + " characters");
        assertTrue(cut.stream().allMatch(s -> s.get(2).length() <= ExcerptCutter.SECTION_BUDGET + 1));
        assertEquals(List.of("Heading 0", "h0"), cut.get(0).subList(0, 2));
        assertTrue(cut.size() >= 9, cut.size() + " sections");
    }

    @Test
    void studentTextCannotEndTheScriptItIsLoadedIn() {
        SearchItem item = answer("x", "Nice </script><script>alert(1)</script> & more \u2028 line", "<b>X</b>");
        String index = new String(new SearchIndexBuilder().build(List.of(item)).get(0).bytes(), StandardCharsets.UTF_8);
        assertFalse(index.contains("<") || index.contains(">") || index.contains("\u2028"), index);
        assertTrue(index.contains("\\u003c/script\\u003e"), index);
    }

    @Test
    void anEmptySiteStillGetsAnIndexThatSearchCanOpen() {
        String index = new String(new SearchIndexBuilder().build(List.of()).get(0).bytes(), StandardCharsets.UTF_8);
        assertTrue(index.startsWith("CasebakeSearch.load(\"index\",{\"v\":2,\"n\":0,"), index);
    }

    @Test
    void twoItemsWithOneIdAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SearchIndexBuilder().build(List.of(answer("a", "one", "A."), answer("a", "two", "B."))));
        assertEquals("two search items share the id a", e.getMessage());
    }

    @Test
    void noLuceneTypeAppearsInThePublicInterface() {
        for (Class<?> type : List.of(SearchIndexBuilder.class, SearchItem.class, SearchSection.class,
                SearchItemType.class)) {
            for (Method method : type.getMethods()) {
                Stream.concat(Stream.of(method.getReturnType()), Stream.of(method.getParameterTypes()))
                        .forEach(t -> assertFalse(t.getName().startsWith("org.apache.lucene"), method.toString()));
            }
        }
    }

    private static SearchItem answer(String id, String text, String author) {
        return SearchItem.answer(id, "cases/c/questions/q1/index.html#answer-" + id, "Answer by " + author,
                new SearchItem.CaseRef("c", "C"), List.of("q1"), List.of("Why?"), List.of("cost"), false, author,
                List.of(new SearchSection("", "", text)));
    }

    private static List<String> paths(List<OutputFile> files) {
        return files.stream().map(OutputFile::path).toList();
    }
}
